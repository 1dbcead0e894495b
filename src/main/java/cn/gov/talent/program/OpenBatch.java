package cn.gov.talent.program;

import java.time.LocalDate;

/**
 * A batch not yet published or closed, with its whole timetable: what the home page's dashboard follows. Any
 * date may be missing (the office has not set it).
 */
public record OpenBatch(long id, String programName, int year, String title, BatchStage stage,
        LocalDate applicationOpens, LocalDate applicationCloses, LocalDate employerDeadline,
        LocalDate recommenderDeadline, LocalDate reviewStarts, LocalDate reviewEnds) {

    /** Whether the batch has not gone past this stage yet. */
    public boolean notPast(BatchStage later) {
        return stage.ordinal() <= later.ordinal();
    }

    static OpenBatch of(Batch batch) {
        return new OpenBatch(batch.getId(), batch.getProgram().getName(), batch.getYear(), batch.getTitle(),
                batch.getStage(), batch.getApplicationOpens(), batch.getApplicationCloses(),
                batch.getEmployerDeadline(), batch.getRecommenderDeadline(), batch.getReviewStarts(),
                batch.getReviewEnds());
    }
}
