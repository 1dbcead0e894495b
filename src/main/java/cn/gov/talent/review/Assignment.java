package cn.gov.talent.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 评审任务: one expert's review of one application in one round: the points per rubric
 * criterion, the weighted total, the recommendation (同意 / 不同意) and the comments. What the round's
 * aggregation makes of it (its normalised score, whether it is an outlier) is kept with the application's result
 * ({@link NormalisedScore}).
 */
@Entity
@Table(name = "review_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "expert_id")
    private long expertId;

    @Column(name = "draw_id")
    private Long drawId;

    @Enumerated(EnumType.STRING)
    private AssignmentStatus status = AssignmentStatus.ASSIGNED;

    /** Points per criterion in rubric order, comma-separated; an empty place is not yet scored. */
    private String scores;

    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    private String comments;

    /** Why the expert declared a conflict, or why the office removed or reopened the review. */
    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(long roundId, long applicationId, long expertId, Long drawId, Instant createdAt) {
        this.createdAt = createdAt;
        this.roundId = roundId;
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.drawId = drawId;
    }

    void saveDraft(List<Integer> points, BigDecimal total, Recommendation recommendation, String comments,
            Instant at) {
        this.scores = points.stream().map(point -> point == null ? "" : point.toString())
                .collect(Collectors.joining(","));
        this.total = total;
        this.recommendation = recommendation;
        this.comments = comments;
        this.savedAt = at;
    }

    void submit(Instant at) {
        this.status = AssignmentStatus.SUBMITTED;
        this.submittedAt = at;
    }

    void reopen(String reason) {
        this.status = AssignmentStatus.ASSIGNED;
        this.submittedAt = null;
        this.statusReason = reason;
    }

    void declareConflict(String reason) {
        this.status = AssignmentStatus.CONFLICT;
        this.statusReason = reason;
    }

    void decline(String reason) {
        this.status = AssignmentStatus.DECLINED;
        this.statusReason = reason;
    }

    void remove(String reason) {
        this.status = AssignmentStatus.REMOVED;
        this.statusReason = reason;
    }

    /** The saved points, one per criterion (null where none was given). */
    public List<Integer> getPoints(int criteria) {
        List<Integer> points = new ArrayList<>();
        if (scores != null && !scores.isEmpty()) {
            Arrays.stream(scores.split(",", -1))
                    .forEach(point -> points.add(point.isBlank() ? null : Integer.valueOf(point)));
        }
        while (points.size() < criteria) {
            points.add(null);
        }
        return points.subList(0, criteria);
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getExpertId() {
        return expertId;
    }

    public Long getDrawId() {
        return drawId;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getComments() {
        return comments;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
