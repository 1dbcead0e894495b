package cn.gov.talent.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 排序: a candidate's place in the recommending unit's ranking within its category. */
@Entity
@Table(name = "candidate_rank")
class CandidateRank {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "category_id")
    private long categoryId;

    private int rank;

    protected CandidateRank() {
    }

    CandidateRank(long applicationId, long batchId, long unitId, long categoryId, int rank) {
        this.applicationId = applicationId;
        this.batchId = batchId;
        this.unitId = unitId;
        this.categoryId = categoryId;
        this.rank = rank;
    }

    void moveTo(int rank) {
        this.rank = rank;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public int getRank() {
        return rank;
    }
}
