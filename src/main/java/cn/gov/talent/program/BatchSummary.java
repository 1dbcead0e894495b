package cn.gov.talent.program;

import java.time.LocalDate;

/** A batch as other modules see it. */
public record BatchSummary(long id, long programId, String programCode, String programName, ProgramTier tier,
        int year, String title, BatchStage stage, LocalDate applicationOpens, LocalDate applicationCloses,
        LocalDate referenceDate, LocalDate employerDeadline, LocalDate recommenderDeadline) {

    /** Whether the batch takes applications on this day: open, and the day within its window. */
    public boolean acceptsApplications(LocalDate day) {
        return openOn(day, applicationCloses);
    }

    /** Whether the batch is open on this day, from its window's start up to {@code lastDay} (none: no end). */
    public boolean openOn(LocalDate day, LocalDate lastDay) {
        return stage == BatchStage.OPEN && (applicationOpens == null || !day.isBefore(applicationOpens))
                && (lastDay == null || !day.isAfter(lastDay));
    }

    static BatchSummary of(Batch batch) {
        Program program = batch.getProgram();
        return new BatchSummary(batch.getId(), program.getId(), program.getCode(), program.getName(),
                program.getTier(), batch.getYear(), batch.getTitle(), batch.getStage(), batch.getApplicationOpens(),
                batch.getApplicationCloses(), batch.getReferenceDate(), batch.getEmployerDeadline(),
                batch.getRecommenderDeadline());
    }
}
