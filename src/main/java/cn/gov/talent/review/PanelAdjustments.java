package cn.gov.talent.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;

/**
 * 调整: the office's changes to a panel by hand, each with a reason: an expert assigned (the rules
 * that protect the applicant still hold) or taken off, a submitted review reopened. Every change
 * is audited.
 */
@Service
@Transactional(readOnly = true)
class PanelAdjustments {

    private final RoundSupport support;
    private final ExpertRepository experts;
    private final AssignmentRepository assignments;
    private final ReviewResultRepository results;
    private final AuditTrail audit;
    private final Clock clock;

    PanelAdjustments(RoundSupport support, ExpertRepository experts, AssignmentRepository assignments,
            ReviewResultRepository results, AuditTrail audit, Clock clock) {
        this.support = support;
        this.experts = experts;
        this.assignments = assignments;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
    }

    /** Experts the office could add by hand to this application's panel: eligible, not on it, below full load. */
    public List<ExpertDraw.Reviewer> eligibleFor(long roundId, long applicationId) {
        RoundCandidate candidate = support.candidate(roundId, applicationId);
        Set<Long> onPanel = assignments.findByRoundIdAndApplicationId(roundId, applicationId).stream()
                .map(Assignment::getExpertId).collect(Collectors.toSet());
        ExpertDraw.Candidate input = support.candidateInputs(List.of(candidate), Map.of(applicationId, onPanel))
                .get(0);
        return support.reviewers(roundId).stream().filter(reviewer -> ExpertDraw.isEligible(reviewer, input)
                && reviewer.currentLoad() < reviewer.maxLoad()).toList();
    }

    /**
     * Assigns an expert by hand, with a reason. The rules that protect the applicant still hold:
     * the expert is active, not from the applicant's employer, not on the avoid list, has not
     * declared a conflict, is not already on the panel and is below their maximum load.
     */
    @Transactional
    public void assignByHand(long roundId, long applicationId, long expertId, String reason, Actor actor) {
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("review.reasonRequired");
        }
        if (reason.trim().length() > RoundSupport.REASON_MAX) {
            throw new Refusal("form.text.tooLong", RoundSupport.REASON_MAX);
        }
        ReviewRound round = support.round(roundId);
        RoundCandidate candidate = support.candidate(roundId, applicationId);
        Expert expert = experts.findById(expertId).orElseThrow(() -> new Refusal("review.expert.missing"));
        Set<Long> onPanel = assignments.findByRoundIdAndApplicationId(roundId, applicationId).stream()
                .map(Assignment::getExpertId).collect(Collectors.toSet());
        if (onPanel.contains(expertId)) {
            throw new Refusal("review.assign.alreadyOnPanel", expert.getFullName());
        }
        ExpertDraw.Candidate input = support.candidateInputs(List.of(candidate), Map.of()).get(0);
        if (expert.getStatus() != ExpertStatus.ACTIVE
                || ExpertDraw.conflicts(expertId, expert.getFullName(), expert.getEmployerName(), input)) {
            throw new Refusal("review.assign.notAllowed", expert.getFullName());
        }
        long load = assignments.loadOf(roundId, expertId);
        if (load >= expert.getMaxLoad()) {
            throw new Refusal("review.assign.fullLoad", expert.getFullName(), expert.getMaxLoad());
        }
        assignments.save(new Assignment(roundId, applicationId, expertId, null, clock.instant()));
        int missing = round.getExpertsPerApplication() - (int) assignments.countActive(roundId, applicationId);
        candidate.leaveUnfilled(Math.max(0, missing), candidate.getUnfilledReason());
        support.enterReview(List.of(applicationId), actor);
        support.notifyExperts(List.of(expertId), round);
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", roundId, candidate.getSerialNo(), "ASSIGN_BY_HAND", null,
                expert.getFullName(), reason.trim()));
    }

    /** Takes an expert off a panel by hand (e.g. unreachable), with a reason; the slot stays open to redraw. */
    @Transactional
    public void removeByHand(long assignmentId, String reason, Actor actor) {
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("review.reasonRequired");
        }
        if (reason.trim().length() > RoundSupport.REASON_MAX) {
            throw new Refusal("form.text.tooLong", RoundSupport.REASON_MAX);
        }
        Assignment assignment = support.assignment(assignmentId);
        if (assignment.getStatus() != AssignmentStatus.ASSIGNED) {
            throw new Refusal("review.remove.notAssigned");
        }
        assignment.remove(reason.trim());
        support.reopenSlot(assignment, "draw.unfilled.removed");
        audit.record(new AuditEntry(actor, "REVIEW_ASSIGNMENT", assignmentId, support.serialOf(assignment),
                "REMOVE_EXPERT", AssignmentStatus.ASSIGNED.name(), AssignmentStatus.REMOVED.name(), reason.trim()));
    }

    /** Reopens a submitted review so the expert can change it, with a reason; the ranking must be recomputed. */
    @Transactional
    public void reopen(long assignmentId, String reason, Actor actor) {
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("review.reasonRequired");
        }
        if (reason.trim().length() > RoundSupport.REASON_MAX) {
            throw new Refusal("form.text.tooLong", RoundSupport.REASON_MAX);
        }
        Assignment assignment = support.assignment(assignmentId);
        if (assignment.getStatus() != AssignmentStatus.SUBMITTED) {
            throw new Refusal("review.reopen.notSubmitted");
        }
        ReviewRound round = support.round(assignment.getRoundId());
        if (round.getAggregatedAt() != null) {
            round.markAggregated(null);
            results.deleteByRound(round.getId());
        }
        assignment.reopen(reason.trim());
        support.notifyExperts(List.of(assignment.getExpertId()), round);
        audit.record(new AuditEntry(actor, "REVIEW_ASSIGNMENT", assignmentId, support.serialOf(assignment),
                "REOPEN_REVIEW", AssignmentStatus.SUBMITTED.name(), AssignmentStatus.ASSIGNED.name(), reason.trim()));
    }
}
