package cn.gov.talent.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A reviewed application on the draft list: whether the ranking suggested it, whether the office
 * includes it, and the reason for every departure from the suggestion.
 */
@Entity
@Table(name = "proposal_entry")
@IdClass(ProposalEntry.Key.class)
class ProposalEntry {

    public record Key(long batchId, long applicationId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "batch_id")
    private long batchId;

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "category_id")
    private long categoryId;

    @Column(name = "serial_no")
    private String serialNo;

    @Column(name = "applicant_name")
    private String applicantName;

    @Column(name = "employer_name")
    private String employerName;

    @Column(name = "trimmed_mean")
    private BigDecimal trimmedMean;

    /** The rank in the last round; null for applications that did not reach it. */
    @Column(name = "rank_in_category")
    private Integer rankInCategory;

    private boolean suggested;

    private boolean included;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ProposalEntry() {
    }

    ProposalEntry(long batchId, long applicationId, long categoryId, String serialNo, String applicantName,
            String employerName, BigDecimal trimmedMean, Integer rankInCategory, boolean suggested) {
        this.batchId = batchId;
        this.applicationId = applicationId;
        this.categoryId = categoryId;
        this.serialNo = serialNo;
        this.applicantName = applicantName;
        this.employerName = employerName;
        this.trimmedMean = trimmedMean;
        this.rankInCategory = rankInCategory;
        this.suggested = suggested;
        this.included = suggested;
    }

    void decide(boolean include, String reason, String username, Instant at) {
        this.included = include;
        this.reason = include == suggested ? null : reason;
        this.changedBy = username;
        this.changedAt = at;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getCategoryId() {
        return categoryId;
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

    public BigDecimal getTrimmedMean() {
        return trimmedMean;
    }

    public Integer getRankInCategory() {
        return rankInCategory;
    }

    public boolean isSuggested() {
        return suggested;
    }

    public boolean isIncluded() {
        return included;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
