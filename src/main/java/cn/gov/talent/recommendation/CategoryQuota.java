package cn.gov.talent.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 分类别名额: an optional cap, within a unit's quota, on how many it may nominate in one category. */
@Entity
@Table(name = "category_quota")
class CategoryQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quota_id")
    private long quotaId;

    @Column(name = "category_id")
    private long categoryId;

    private int places;

    private int used;

    protected CategoryQuota() {
    }

    CategoryQuota(long quotaId, long categoryId, int places) {
        this.quotaId = quotaId;
        this.categoryId = categoryId;
        this.places = places;
    }

    public Long getId() {
        return id;
    }

    public long getQuotaId() {
        return quotaId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public int getPlaces() {
        return places;
    }

    public int getUsed() {
        return used;
    }
}
