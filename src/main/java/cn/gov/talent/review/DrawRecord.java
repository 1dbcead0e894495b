package cn.gov.talent.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 抽取记录: one run of the draw, a whole round or a single slot, with its seed and exactly the
 * candidates and experts it was given (JSON), so a supervisor can run it again and get the same.
 */
@Entity
@Table(name = "expert_draw")
class DrawRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    /** Set when one application's slot was redrawn; null for the whole round. */
    @Column(name = "application_id")
    private Long applicationId;

    private long seed;

    @Column(name = "experts_per_application")
    private int expertsPerApplication;

    private String inputs;

    private String result;

    private String reason;

    @Column(name = "drawn_by")
    private String drawnBy;

    @Column(name = "drawn_at")
    private Instant drawnAt;

    protected DrawRecord() {
    }

    DrawRecord(long roundId, Long applicationId, long seed, int expertsPerApplication, String inputs, String result,
            String reason, String drawnBy, Instant drawnAt) {
        this.roundId = roundId;
        this.applicationId = applicationId;
        this.seed = seed;
        this.expertsPerApplication = expertsPerApplication;
        this.inputs = inputs;
        this.result = result;
        this.reason = reason;
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public long getSeed() {
        return seed;
    }

    public int getExpertsPerApplication() {
        return expertsPerApplication;
    }

    public String getInputs() {
        return inputs;
    }

    public String getResult() {
        return result;
    }

    public String getReason() {
        return reason;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }
}
