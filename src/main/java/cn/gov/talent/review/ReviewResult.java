package cn.gov.talent.review;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** 评审结果: an application's aggregate and ranks in one round, computed by {@link ReviewAggregation}. */
@Entity
@Table(name = "review_result")
@IdClass(ReviewResult.Key.class)
class ReviewResult {

    public record Key(long roundId, long applicationId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "round_id")
    private long roundId;

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "category_id")
    private long categoryId;

    @Column(name = "discipline_group")
    private String disciplineGroup;

    @Column(name = "serial_no")
    private String serialNo;

    @Column(name = "applicant_name")
    private String applicantName;

    @Column(name = "employer_name")
    private String employerName;

    private int reviews;

    @Column(name = "mean_score")
    private BigDecimal meanScore;

    @Column(name = "trimmed_mean")
    private BigDecimal trimmedMean;

    @Column(name = "agree_votes")
    private int agreeVotes;

    @Column(name = "mean_z")
    private BigDecimal meanZ;

    private int outliers;

    @Column(name = "rank_in_group")
    private int rankInGroup;

    @Column(name = "rank_in_category")
    private int rankInCategory;

    protected ReviewResult() {
    }

    ReviewResult(RoundCandidate candidate, String disciplineGroup, ReviewAggregation.Result result) {
        this.roundId = candidate.getRoundId();
        this.applicationId = candidate.getApplicationId();
        this.categoryId = candidate.getCategoryId();
        this.disciplineGroup = disciplineGroup;
        this.serialNo = candidate.getSerialNo();
        this.applicantName = candidate.getApplicantName();
        this.employerName = candidate.getEmployerName();
        this.reviews = result.reviews();
        this.meanScore = result.mean();
        this.trimmedMean = result.trimmedMean();
        this.agreeVotes = result.agreeVotes();
        this.meanZ = result.meanZ();
        this.outliers = result.outliers();
        this.rankInGroup = result.rankInGroup();
        this.rankInCategory = result.rankInCategory();
    }

    public long getRoundId() {
        return roundId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getDisciplineGroup() {
        return disciplineGroup;
    }

    public String getSerialNo() {
        return serialNo;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getEmployerName() {
        return employerName;
    }

    public int getReviews() {
        return reviews;
    }

    public BigDecimal getMeanScore() {
        return meanScore;
    }

    public BigDecimal getTrimmedMean() {
        return trimmedMean;
    }

    public int getAgreeVotes() {
        return agreeVotes;
    }

    public BigDecimal getMeanZ() {
        return meanZ;
    }

    public int getOutliers() {
        return outliers;
    }

    public int getRankInGroup() {
        return rankInGroup;
    }

    public int getRankInCategory() {
        return rankInCategory;
    }
}
