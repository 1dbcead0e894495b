package cn.gov.talent.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 推荐名额: how many a recommending unit may nominate in a batch, and how many it has. */
@Entity
@Table(name = "quota")
class Quota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id")
    private long batchId;

    @Column(name = "unit_id")
    private long unitId;

    private int places;

    private int used;

    protected Quota() {
    }

    Quota(long batchId, long unitId, int places) {
        this.batchId = batchId;
        this.unitId = unitId;
        this.places = places;
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

    public int getPlaces() {
        return places;
    }

    public int getUsed() {
        return used;
    }
}
