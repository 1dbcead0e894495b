package cn.gov.talent.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.RubricCriterion;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;

/**
 * 专家评审: the expert's side. An expert sees only their own tasks; scores each rubric criterion
 * (0..max), recommends 同意 / 不同意, comments, saves drafts until the round's deadline, and submits,
 * which locks the review. Or declares a conflict of interest, and the slot is redrawn at once.
 */
@Service
@Transactional(readOnly = true)
public class ExpertReviews {

    static final int COMMENTS_MAX = 4000;

    private final ExpertRepository experts;
    private final AssignmentRepository assignments;
    private final RoundSupport support;
    private final Draws draws;
    private final Programs programs;
    private final AuditTrail audit;
    private final Clock clock;

    ExpertReviews(ExpertRepository experts, AssignmentRepository assignments, RoundSupport support, Draws draws,
            Programs programs, AuditTrail audit, Clock clock) {
        this.experts = experts;
        this.assignments = assignments;
        this.support = support;
        this.draws = draws;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in user's tasks: to do (or reopened) or submitted. */
    public Page<AssignmentLine> tasks(long userId, boolean submitted, Pageable pageable) {
        return experts.findByUserId(userId)
                .map(expert -> assignments.linesOf(expert.getId(), submitted ? EnumSet.of(AssignmentStatus.SUBMITTED)
                        : EnumSet.of(AssignmentStatus.ASSIGNED), pageable))
                .orElse(Page.empty(pageable));
    }

    /** The task if it is this user's and still theirs to see; empty otherwise (the page answers 404). */
    public Optional<Assignment> open(long assignmentId, long userId) {
        return experts.findByUserId(userId).flatMap(expert -> assignments.findById(assignmentId)
                .filter(assignment -> assignment.getExpertId() == expert.getId()
                        && assignment.getStatus().isActive()));
    }

    public List<RubricCriterion> rubricOf(Assignment assignment) {
        return programs.rubric(support.round(assignment.getRoundId()).getBatchId());
    }

    @Transactional
    public void saveDraft(long assignmentId, Actor expert, ScoreForm form) {
        Assignment assignment = editable(assignmentId, expert, form.getVersion());
        List<RubricCriterion> rubric = rubricOf(assignment);
        check(rubric, form, false);
        assignment.saveDraft(form.getPoints(), total(rubric, form.getPoints()), form.getRecommendation(),
                trimmed(form.getComments()), Instant.now(clock));
    }

    /** Submits: every criterion scored, a recommendation and comments given. Locks the review. */
    @Transactional
    public void submit(long assignmentId, Actor expert, ScoreForm form) {
        Assignment assignment = editable(assignmentId, expert, form.getVersion());
        List<RubricCriterion> rubric = rubricOf(assignment);
        check(rubric, form, true);
        Instant now = Instant.now(clock);
        assignment.saveDraft(form.getPoints(), total(rubric, form.getPoints()), form.getRecommendation(),
                trimmed(form.getComments()), now);
        assignment.submit(now);
        audit.record(new AuditEntry(expert, "REVIEW_ASSIGNMENT", assignmentId, null, "SUBMIT_REVIEW",
                AssignmentStatus.ASSIGNED.name(), AssignmentStatus.SUBMITTED.name(), null));
        support.completeIfDone(support.round(assignment.getRoundId()), assignment.getApplicationId());
    }

    /** 回避: the expert declares a conflict with the reason; the slot is redrawn straight away. */
    @Transactional
    public void declareConflict(long assignmentId, Actor expert, String reason) {
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("review.conflict.reasonRequired");
        }
        if (reason.trim().length() > RoundSupport.REASON_MAX) {
            throw new Refusal("form.text.tooLong", RoundSupport.REASON_MAX);
        }
        Assignment assignment = open(assignmentId, expert.userId())
                .orElseThrow(() -> new Refusal("review.assignment.missing"));
        if (assignment.getStatus() != AssignmentStatus.ASSIGNED) {
            throw new Refusal("review.locked");
        }
        assignment.declareConflict(reason.trim());
        audit.record(new AuditEntry(expert, "REVIEW_ASSIGNMENT", assignmentId, null, "DECLARE_CONFLICT",
                AssignmentStatus.ASSIGNED.name(), AssignmentStatus.CONFLICT.name(), reason.trim()));
        support.reopenSlot(assignment, "draw.unfilled.conflict");
        draws.redraw(assignment.getRoundId(), assignment.getApplicationId(), "专家声明回避（任务 " + assignmentId + "）",
                RoundSupport.SYSTEM);
    }

    /** 婉拒: the expert cannot take this review (unavailable, outside their field); the slot is redrawn at once. */
    @Transactional
    public void decline(long assignmentId, Actor expert, String reason) {
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("review.decline.reasonRequired");
        }
        if (reason.trim().length() > RoundSupport.REASON_MAX) {
            throw new Refusal("form.text.tooLong", RoundSupport.REASON_MAX);
        }
        Assignment assignment = open(assignmentId, expert.userId())
                .orElseThrow(() -> new Refusal("review.assignment.missing"));
        if (assignment.getStatus() != AssignmentStatus.ASSIGNED) {
            throw new Refusal("review.locked");
        }
        assignment.decline(reason.trim());
        audit.record(new AuditEntry(expert, "REVIEW_ASSIGNMENT", assignmentId, null, "DECLINE_REVIEW",
                AssignmentStatus.ASSIGNED.name(), AssignmentStatus.DECLINED.name(), reason.trim()));
        support.reopenSlot(assignment, "draw.unfilled.declined");
        draws.redraw(assignment.getRoundId(), assignment.getApplicationId(), "专家婉拒（任务 " + assignmentId + "）",
                RoundSupport.SYSTEM);
    }

    /** Σ points × weight over the rubric, or null while a criterion is still unscored. */
    static BigDecimal total(List<RubricCriterion> rubric, List<Integer> points) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < rubric.size(); i++) {
            Integer point = i < points.size() ? points.get(i) : null;
            if (point == null) {
                return null;
            }
            total = total.add(rubric.get(i).getWeight().multiply(BigDecimal.valueOf(point)));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** The highest total the rubric allows. */
    static BigDecimal maxTotal(List<RubricCriterion> rubric) {
        return rubric.stream().map(c -> c.getWeight().multiply(BigDecimal.valueOf(c.getMaxPoints())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Assignment editable(long assignmentId, Actor expert, long version) {
        Assignment assignment = open(assignmentId, expert.userId())
                .orElseThrow(() -> new Refusal("review.assignment.missing"));
        if (assignment.getStatus() != AssignmentStatus.ASSIGNED) {
            throw new Refusal("review.locked");
        }
        ReviewRound round = support.round(assignment.getRoundId());
        if (!round.isOpenOn(LocalDate.now(clock))) {
            throw new Refusal("review.deadlinePassed", round.getDeadline());
        }
        if (assignment.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Assignment.class, assignmentId);
        }
        return assignment;
    }

    private static void check(List<RubricCriterion> rubric, ScoreForm form, boolean submitting) {
        List<Refusal.Problem> problems = new ArrayList<>();
        while (form.getPoints().size() < rubric.size()) {
            form.getPoints().add(null);
        }
        for (int i = 0; i < rubric.size(); i++) {
            Integer point = form.getPoints().get(i);
            RubricCriterion criterion = rubric.get(i);
            if (point == null && submitting) {
                problems.add(new Refusal.Problem("points[" + i + "]", "review.score.required",
                        new Object[] {criterion.getName()}));
            } else if (point != null && (point < 0 || point > criterion.getMaxPoints())) {
                problems.add(new Refusal.Problem("points[" + i + "]", "review.score.range",
                        new Object[] {criterion.getName(), criterion.getMaxPoints()}));
            }
        }
        if (submitting && form.getRecommendation() == null) {
            problems.add(new Refusal.Problem("recommendation", "review.recommendation.required", new Object[0]));
        }
        if (submitting && !StringUtils.hasText(form.getComments())) {
            problems.add(new Refusal.Problem("comments", "review.comments.required", new Object[0]));
        }
        if (form.getComments() != null && form.getComments().length() > COMMENTS_MAX) {
            problems.add(new Refusal.Problem("comments", "review.comments.tooLong", new Object[] {COMMENTS_MAX}));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
    }

    private static String trimmed(String text) {
        return StringUtils.hasText(text) ? text.trim() : null;
    }
}
