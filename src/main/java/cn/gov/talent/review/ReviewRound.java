package cn.gov.talent.review;

import java.time.Instant;
import java.time.LocalDate;

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
 * 评审轮次: one round of expert review in a batch. Round 1 takes every qualified application; a
 * later round takes the top N of each category of the round before it.
 */
@Entity
@Table(name = "review_round")
public class ReviewRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id")
    private long batchId;

    private int number;

    @Enumerated(EnumType.STRING)
    private ReviewMode mode;

    @Column(name = "experts_per_application")
    private int expertsPerApplication;

    private LocalDate deadline;

    @Column(name = "top_n")
    private Integer topN;

    @Column(name = "aggregated_at")
    private Instant aggregatedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ReviewRound() {
    }

    ReviewRound(long batchId, int number, ReviewMode mode, int expertsPerApplication, LocalDate deadline,
            Integer topN, Instant createdAt) {
        this.createdAt = createdAt;
        this.batchId = batchId;
        this.number = number;
        this.mode = mode;
        this.expertsPerApplication = expertsPerApplication;
        this.deadline = deadline;
        this.topN = topN;
    }

    void changeDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    void markAggregated(Instant at) {
        this.aggregatedAt = at;
    }

    /** Whether experts may still save or submit on the given day. */
    public boolean isOpenOn(LocalDate day) {
        return deadline == null || !day.isAfter(deadline);
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public int getNumber() {
        return number;
    }

    public ReviewMode getMode() {
        return mode;
    }

    public int getExpertsPerApplication() {
        return expertsPerApplication;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Integer getTopN() {
        return topN;
    }

    public Instant getAggregatedAt() {
        return aggregatedAt;
    }
}
