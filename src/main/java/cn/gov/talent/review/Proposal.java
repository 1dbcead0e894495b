package cn.gov.talent.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 拟入选名单: the office's proposed list for a batch, drafted from the last round's ranking. */
@Entity
@Table(name = "proposal")
class Proposal {

    public enum Status { DRAFT, CONFIRMED }

    @Id
    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "round_id")
    private long roundId;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(long batchId, long roundId) {
        this.batchId = batchId;
        this.roundId = roundId;
    }

    void confirm(String username, Instant at) {
        this.status = Status.CONFIRMED;
        this.confirmedBy = username;
        this.confirmedAt = at;
    }

    public boolean isConfirmed() {
        return status == Status.CONFIRMED;
    }

    public long getBatchId() {
        return batchId;
    }

    public long getRoundId() {
        return roundId;
    }

    public Status getStatus() {
        return status;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
