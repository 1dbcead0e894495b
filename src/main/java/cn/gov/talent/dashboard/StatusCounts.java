package cn.gov.talent.dashboard;

import static cn.gov.talent.application.ApplicationStatus.*;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.gov.talent.application.ApplicationStatus;

/** One batch's applications by status, and the sums the dashboard's bars are made of. */
final class StatusCounts {

    /** Checked by the employer: endorsed or rejected, and whatever came after an endorsement. */
    private static final Set<ApplicationStatus> PAST_EMPLOYER = EnumSet.complementOf(
            EnumSet.of(DRAFT, SUBMITTED, RETURNED, WITHDRAWN));

    /** Decided by the recommending unit: nominated or not, and whatever came after a nomination. */
    private static final Set<ApplicationStatus> PAST_RECOMMENDER = EnumSet.complementOf(
            EnumSet.of(DRAFT, SUBMITTED, RETURNED, REJECTED, ENDORSED, WITHDRAWN));

    /** Past the office's formal review (资格审查): qualified or not, and whatever came after. */
    private static final Set<ApplicationStatus> PAST_FORMAL_REVIEW = EnumSet.of(QUALIFIED, DISQUALIFIED, IN_REVIEW,
            REVIEWED, PROPOSED, NOT_SELECTED, IN_NOTICE, APPROVED, REMOVED, SELECTED);

    static final StatusCounts NONE = new StatusCounts(Map.of());

    private final Map<ApplicationStatus, Long> counts;

    StatusCounts(Map<ApplicationStatus, Long> counts) {
        this.counts = counts.isEmpty() ? Map.of() : new EnumMap<>(counts);
    }

    long of(ApplicationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    long sum(Collection<ApplicationStatus> statuses) {
        return statuses.stream().mapToLong(this::of).sum();
    }

    /** Checked by their employers. */
    long employerChecked() {
        return sum(PAST_EMPLOYER);
    }

    /** Submitted to their employers: checked, or waiting for the check. */
    long employerReceived() {
        return employerChecked() + of(SUBMITTED);
    }

    /** Decided by the recommending unit. */
    long recommenderDecided() {
        return sum(PAST_RECOMMENDER);
    }

    /** Endorsed up to the recommending unit: decided, or waiting. */
    long recommenderReceived() {
        return recommenderDecided() + of(ENDORSED);
    }

    /** Through the office's formal review. */
    long formallyReviewed() {
        return sum(PAST_FORMAL_REVIEW);
    }

    /** Forwarded to the office: reviewed formally, or waiting. */
    long forwarded() {
        return formallyReviewed() + of(FORWARDED);
    }
}
