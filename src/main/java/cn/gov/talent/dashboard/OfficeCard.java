package cn.gov.talent.dashboard;

import static cn.gov.talent.application.ApplicationStatus.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.OpenBatch;
import cn.gov.talent.publication.NoticeProgress;
import cn.gov.talent.recommendation.Forwarding;
import cn.gov.talent.review.BatchReview;
import cn.gov.talent.shared.Milestone;
import cn.gov.talent.shared.ProgressBar;
import cn.gov.talent.shared.ProgressCard;
import cn.gov.talent.shared.WorkItem;

/**
 * The office's card of one open batch, from the figures its modules gave: the dates of the timetable and of the
 * work (a review round's deadline, the notice's end, the objections' due dates), each with what is still
 * outstanding for it, the bars of every step the batch has reached, and the counts waiting for the office.
 *
 * @param batch the batch and its timetable
 * @param statuses its applications by status
 * @param forwarding its recommending units' lists (null: no unit expected yet: none with a list begun, nor with
 *        places and a candidate)
 * @param review its latest review round (null: none yet)
 * @param notice its public notice (null: none yet)
 */
record OfficeCard(OpenBatch batch, StatusCounts statuses, Forwarding forwarding, BatchReview review,
        NoticeProgress notice) {

    ProgressCard on(LocalDate today) {
        long id = batch.id();
        String employers = "/applications?status=SUBMITTED&batchId=" + id;
        String units = "/recommendation/dashboard/" + id;
        String reviewPage = "/review/batches/" + id;
        String objections = "/publication/batches/" + id;

        List<Milestone> dates = new ArrayList<>();
        if (batch.stage() == BatchStage.DRAFT && batch.applicationOpens() != null) {
            dates.add(Milestone.info("workbench.due.applicationOpens", batch.applicationOpens(), today,
                    "/programs/batches/" + id));
        }
        if (batch.notPast(BatchStage.OPEN) && batch.applicationCloses() != null) {
            dates.add(Milestone.info("workbench.due.applicationCloses", batch.applicationCloses(), today,
                    "/applications?batchId=" + id));
        }
        if (batch.employerDeadline() != null && (batch.notPast(BatchStage.NOMINATION) || statuses.of(SUBMITTED) > 0)) {
            dates.add(Milestone.of("workbench.due.employerDeadline", batch.employerDeadline(), today,
                    "workbench.outstanding.employerChecks", statuses.of(SUBMITTED), employers));
        }
        // the lists' deadlines matter until the batch goes past NOMINATION: the bar keeps the record after
        boolean listsDue = batch.notPast(BatchStage.NOMINATION);
        if (listsDue && batch.recommenderDeadline() != null) {
            dates.add(Milestone.of("workbench.due.recommenderDeadline", batch.recommenderDeadline(), today,
                    "workbench.outstanding.lists", forwarding == null ? 0 : forwarding.waiting(), units));
        }
        if (listsDue && forwarding != null && forwarding.extendedWaiting() > 0) {
            dates.add(Milestone.of("workbench.due.extension", forwarding.nextExtension(), today,
                    "workbench.outstanding.lists", forwarding.extendedWaiting(), units));
        }
        if (listsDue && forwarding != null && forwarding.extendedOverdue() > 0) {
            dates.add(Milestone.of("workbench.due.extension", forwarding.firstOverdueExtension(), today,
                    "workbench.outstanding.lists", forwarding.extendedOverdue(), units));
        }
        if (batch.notPast(BatchStage.REVIEW) && batch.reviewStarts() != null) {
            dates.add(Milestone.info("workbench.due.reviewStarts", batch.reviewStarts(), today, reviewPage));
        }
        if (review != null && review.deadline() != null) {
            dates.add(Milestone.of("workbench.due.round", review.deadline(), today, "workbench.outstanding.reviews",
                    review.outstanding(), reviewPage));
        }
        if (batch.notPast(BatchStage.REVIEW) && batch.reviewEnds() != null) {
            // a round with its own deadline is counted against that one, not twice
            long outstanding = review != null && review.deadline() == null ? review.outstanding() : 0;
            dates.add(Milestone.of("workbench.due.reviewEnds", batch.reviewEnds(), today,
                    "workbench.outstanding.reviews", outstanding, reviewPage));
        }
        if (notice != null && !notice.approved()) {
            dates.add(Milestone.info("workbench.due.noticeEnds", notice.endsOn(), today, objections));
        }
        if (notice != null && notice.nextDue() != null) {
            dates.add(Milestone.of("workbench.due.investigation", notice.nextDue(), today,
                    "workbench.outstanding.investigations", notice.investigating(), objections));
        }
        if (notice != null && notice.overdue() > 0) {
            dates.add(Milestone.of("workbench.due.investigation", notice.firstOverdue(), today,
                    "workbench.outstanding.investigations", notice.overdue(), objections));
        }

        List<ProgressBar> bars = new ArrayList<>();
        if (batch.notPast(BatchStage.NOMINATION) || statuses.of(SUBMITTED) > 0) {
            ProgressBar.of("workbench.bar.employerChecks", statuses.employerChecked(), statuses.employerReceived(),
                    employers).ifPresent(bars::add);
        }
        if (forwarding != null) {
            ProgressBar.of("workbench.bar.forwarded", forwarding.forwarded(), forwarding.expected(), units)
                    .ifPresent(bars::add);
        }
        ProgressBar.of("workbench.bar.formalReview", statuses.formallyReviewed(), statuses.forwarded(),
                "/applications?status=FORWARDED&batchId=" + id).ifPresent(bars::add);
        if (review != null) {
            ProgressBar.of("workbench.bar.reviews", review.submitted(), review.assigned(), reviewPage)
                    .ifPresent(bars::add);
            if (review.proposalConfirmed()) {
                ProgressBar.of("workbench.bar.opinions", review.opinions(), review.departments(),
                        reviewPage + "/proposal").ifPresent(bars::add);
            }
        }
        if (notice != null) {
            ProgressBar.of("workbench.bar.objections", notice.settled(), notice.objections(), objections)
                    .ifPresent(bars::add);
        }

        List<WorkItem> notes = new ArrayList<>();
        long qualified = statuses.formallyReviewed() - statuses.of(DISQUALIFIED);
        note(notes, "workbench.note.qualified", statuses.formallyReviewed() > 0 ? qualified : 0,
                "/applications?batchId=" + id);
        note(notes, "workbench.note.toDraw", statuses.of(QUALIFIED), reviewPage);
        if (review != null) {
            note(notes, "workbench.note.round", review.round(), reviewPage);
        }
        note(notes, "workbench.note.toPropose", statuses.of(REVIEWED), reviewPage);
        if (notice != null) {
            note(notes, "workbench.note.toTriage", notice.received(), objections);
            note(notes, "workbench.note.findings", notice.objections() - notice.settled() - notice.received()
                    - notice.investigating() - notice.overdue(), objections);
        }
        note(notes, "workbench.note.toPublish", statuses.of(APPROVED), objections);

        return ProgressCard.of("batch-" + id, batch.title(), batch.programName(),
                "batch.stage." + batch.stage().name(), "/programs/batches/" + id, dates, bars, notes);
    }

    private static void note(List<WorkItem> notes, String key, long count, String link) {
        if (count > 0) {
            notes.add(new WorkItem(key, count, link));
        }
    }
}
