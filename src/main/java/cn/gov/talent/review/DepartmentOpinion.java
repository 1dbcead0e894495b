package cn.gov.talent.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 征求意见: a consulted department's opinion on a batch's proposed list (004 §二(三)4); one per unit. */
@Entity
@Table(name = "department_opinion")
class DepartmentOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "full_name")
    private String fullName;

    private boolean agree;

    private String comment;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected DepartmentOpinion() {
    }

    DepartmentOpinion(long batchId, long unitId, String unitName) {
        this.batchId = batchId;
        this.unitId = unitId;
        this.unitName = unitName;
    }

    void record(long userId, String fullName, boolean agree, String comment, Instant at) {
        this.userId = userId;
        this.fullName = fullName;
        this.agree = agree;
        this.comment = comment;
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean isAgree() {
        return agree;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
