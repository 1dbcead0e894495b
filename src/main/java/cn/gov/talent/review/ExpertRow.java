package cn.gov.talent.review;

import cn.gov.talent.program.Discipline;

import java.util.List;

/** An expert as the pool list shows it; the disciplines' codes beside their stored names, for the reader's language. */
record ExpertRow(long id, String fullName, String employerName, String title, ExpertStatus status,
        List<String> disciplines, String statusReason, int maxLoad, List<String> disciplineCodes) {

    static ExpertRow of(Expert expert) {
        return new ExpertRow(expert.getId(), expert.getFullName(), expert.getEmployerName(), expert.getTitle(),
                expert.getStatus(), expert.getDisciplines().stream().map(Discipline::getName).toList(),
                expert.getStatusReason(), expert.getMaxLoad(),
                expert.getDisciplines().stream().map(Discipline::getCode).toList());
    }
}
