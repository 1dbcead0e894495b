package cn.gov.talent.program;

import java.time.LocalDate;

/** A batch as other modules see it. */
public record BatchSummary(long id, long programId, String programCode, String programName, ProgramTier tier,
        int year, String title, BatchStage stage, LocalDate applicationOpens, LocalDate applicationCloses,
        LocalDate referenceDate, LocalDate employerDeadline, LocalDate recommenderDeadline) {

    /** Whether the batch takes applications on this day: open, and the day within its window. */
    public boolean acceptsApplications(LocalDate day) {
        return stage == BatchStage.OPEN && (applicationOpens == null || !day.isBefore(applicationOpens))
                && (applicationCloses == null || !day.isAfter(applicationCloses));
    }

    static BatchSummary of(Batch batch) {
        Program program = batch.getProgram();
        return new BatchSummary(batch.getId(), program.getId(), program.getCode(), program.getName(),
                program.getTier(), batch.getYear(), batch.getTitle(), batch.getStage(), batch.getApplicationOpens(),
                batch.getApplicationCloses(), batch.getReferenceDate(), batch.getEmployerDeadline(),
                batch.getRecommenderDeadline());
    }
}
