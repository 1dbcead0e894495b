package cn.gov.talent.dashboard;

import static cn.gov.talent.application.ApplicationStatus.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.OpenBatch;
import cn.gov.talent.recommendation.UnitList;
import cn.gov.talent.shared.Milestone;
import cn.gov.talent.shared.ProgressBar;
import cn.gov.talent.shared.ProgressCard;
import cn.gov.talent.shared.WorkItem;

/**
 * A recommending unit's card of one open batch, smaller than the office's: its own deadline for forwarding its list
 * (the batch's, or the office's extension) and whether the list is still to go, its places used, how far it is with
 * the applications its employers endorsed, and its list's state.
 *
 * @param batch the batch and its timetable
 * @param statuses the applications of the unit's subtree, by status (as the unit sees them)
 * @param list the unit's places and list in the batch (null: none given, none begun)
 */
record UnitCard(OpenBatch batch, StatusCounts statuses, UnitList list) {

    /** Whether the card belongs on the unit's home page: its stage is the unit's, or its work is not done. */
    boolean concernsTheUnit() {
        boolean itsStage = batch.stage() == BatchStage.OPEN || batch.stage() == BatchStage.NOMINATION;
        boolean listOpen = listExpected() && !list.isForwarded();
        return itsStage || listOpen || candidates() > 0;
    }

    /**
     * Whether the unit is expected to forward a list, as the office counts it ({@code Nominations.forwarding}):
     * its list is begun, or it has places and a candidate to put on it (forwarding refuses an empty list).
     */
    private boolean listExpected() {
        return list != null && (list.begun() || list.places() != null && list.places() > 0 && candidates() > 0);
    }

    /** The applications of its subtree endorsed to it or nominated by it and not yet forwarded. */
    private long candidates() {
        return statuses.of(ENDORSED) + statuses.of(NOMINATED);
    }

    ProgressCard on(LocalDate today) {
        long id = batch.id();
        String page = "/recommendation/batches/" + id;
        boolean forwarded = list != null && list.isForwarded();

        List<Milestone> dates = new ArrayList<>();
        if (batch.notPast(BatchStage.OPEN) && batch.applicationCloses() != null) {
            dates.add(Milestone.info("workbench.due.applicationCloses", batch.applicationCloses(), today, page));
        }
        if (batch.notPast(BatchStage.OPEN) && batch.employerDeadline() != null) {
            dates.add(Milestone.info("workbench.due.employerDeadline", batch.employerDeadline(), today, page));
        }
        boolean extended = list != null && list.deadlineExtendedTo() != null;
        LocalDate deadline = extended ? list.deadlineExtendedTo() : batch.recommenderDeadline();
        if (deadline != null && !forwarded && batch.notPast(BatchStage.NOMINATION)) {
            // the list is due once the unit is expected to send one; past NOMINATION its deadline no longer shows
            dates.add(Milestone.of(extended ? "workbench.due.ownListExtended" : "workbench.due.ownList", deadline,
                    today, "workbench.outstanding.ownList", listExpected() ? 1 : 0, page));
        }

        List<ProgressBar> bars = new ArrayList<>();
        ProgressBar.of("workbench.bar.nominations", statuses.recommenderDecided(), statuses.recommenderReceived(),
                page).ifPresent(bars::add);
        if (list != null && list.places() != null) {
            ProgressBar.of("workbench.bar.places", list.used(), list.places(), page).ifPresent(bars::add);
        }

        List<WorkItem> notes = new ArrayList<>();
        notes.add(new WorkItem("workbench.list." + listState(), 0, page));
        if (statuses.of(ENDORSED) > 0) {
            notes.add(new WorkItem("workbench.note.toNominate", statuses.of(ENDORSED),
                    "/applications?status=ENDORSED&batchId=" + id));
        }
        if (!forwarded && statuses.of(NOMINATED) > 0) {
            notes.add(new WorkItem("workbench.note.toForward", statuses.of(NOMINATED), page));
        }
        return ProgressCard.of("unit-batch-" + id, batch.title(), batch.programName(),
                "batch.stage." + batch.stage().name(), page, dates, bars, notes);
    }

    /** The list's state, as the last part of a message key. */
    private String listState() {
        if (list == null) {
            return "notStarted";
        }
        if (list.isForwarded()) {
            return "forwarded";
        }
        if (list.noticeConfirmed()) {
            return "noticeConfirmed";
        }
        return list.evaluated() ? "evaluated" : "notStarted";
    }
}
