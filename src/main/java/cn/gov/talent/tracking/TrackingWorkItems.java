package cn.gov.talent.tracking;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/**
 * What after selection waits for each actor, on their home page: the person's yearly reports due,
 * the employer's reports to grade, the recommending unit's to confirm and exit proposals to forward,
 * the office's reports to file, exits to decide and final assessments due.
 */
@Component
class TrackingWorkItems implements WorkItemProvider {

    private final TalentRecords records;
    private final YearlyReports reports;

    TrackingWorkItems(TalentRecords records, YearlyReports reports) {
        this.records = records;
        this.reports = reports;
    }

    @Override
    public List<WorkItem> workFor(CurrentUser user) {
        Actor actor = Actor.of(user);
        DataScope scope = DataScope.of(user);
        List<WorkItem> work = new ArrayList<>();
        if (user.roles().contains(Role.APPLICANT)) {
            long due = records.recordsOf(user.id()).stream().mapToLong(record -> reports.due(record).size()).sum();
            add(work, "work.talent.reportsDue", due, "/talents");
        }
        if (user.roles().contains(Role.EMPLOYER)) {
            add(work, "work.talent.reportsToGrade", reports.countWaitingFor(actor), "/talents/reports");
        }
        if (user.roles().contains(Role.RECOMMENDER)) {
            add(work, "work.talent.reportsToConfirm", reports.countWaitingFor(actor), "/talents/reports");
            add(work, "work.talent.exitsToForward", records.count(scope, TalentStatus.EXIT_PROPOSED),
                    "/talents?status=EXIT_PROPOSED");
        }
        if (user.roles().contains(Role.OFFICE)) {
            long[] office = records.officeWork();
            add(work, "work.talent.exitsToDecide", office[0], "/talents?status=EXIT_FORWARDED");
            add(work, "work.talent.withdrawalsToDecide", office[1], "/talents?status=WITHDRAWAL_REQUESTED");
            add(work, "work.talent.finalAssessmentsDue", office[2], "/talents/final-assessments");
            add(work, "work.talent.reportsToFile", office[3], "/talents/reports");
        }
        return work;
    }

    private static void add(List<WorkItem> work, String key, long count, String link) {
        if (count > 0) {
            work.add(new WorkItem(key, count, link));
        }
    }
}
