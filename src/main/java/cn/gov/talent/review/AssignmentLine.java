package cn.gov.talent.review;

import java.time.Instant;
import java.time.LocalDate;

/** A line of an expert's task list. */
public record AssignmentLine(long id, AssignmentStatus status, long roundId, int roundNumber, ReviewMode mode,
        LocalDate deadline, long batchId, String serialNo, String applicantName, String employerName,
        long categoryId, String disciplineCode, Instant submittedAt) {
}
