package cn.gov.talent.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 资助方案: one kind of fund of a program category, as data the office edits — the allowed range (a fixed
 * amount when the minimum equals the maximum), the period it runs over, its tranches with their schedule
 * and release conditions, how far it may be extended and whether that needs a work contract, and the
 * article it comes from. A person's amount copies what it needs when it is set; editing a plan later
 * changes no amount already set.
 */
@Entity
@Table(name = "support_plan")
public class SupportPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id")
    private long categoryId;

    @Enumerated(EnumType.STRING)
    private FundKind kind;

    @Column(name = "min_amount")
    private BigDecimal minAmount;

    @Column(name = "max_amount")
    private BigDecimal maxAmount;

    @Column(name = "period_years")
    private int periodYears;

    @Column(name = "extension_years")
    private int extensionYears;

    @Column(name = "extension_needs_contract")
    private boolean extensionNeedsContract;

    private String basis;

    @ElementCollection
    @CollectionTable(name = "support_plan_tranche", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("seq")
    private List<PlannedTranche> tranches = new ArrayList<>();

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected SupportPlan() {
    }

    SupportPlan(long categoryId, FundKind kind) {
        this.categoryId = categoryId;
        this.kind = kind;
    }

    /** Replaces everything the office edits (the category and kind stay). */
    void edit(BigDecimal minAmount, BigDecimal maxAmount, int periodYears, int extensionYears,
            boolean extensionNeedsContract, String basis, List<PlannedTranche> tranches, String by, Instant at) {
        this.minAmount = minAmount;
        this.maxAmount = maxAmount;
        this.periodYears = periodYears;
        this.extensionYears = extensionYears;
        this.extensionNeedsContract = extensionNeedsContract;
        this.basis = basis;
        this.tranches.clear();
        this.tranches.addAll(tranches);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** A fixed amount (一次性核定 at one figure), not a range. */
    public boolean isFixed() {
        return minAmount.compareTo(maxAmount) == 0;
    }

    public Long getId() {
        return id;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public FundKind getKind() {
        return kind;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public int getPeriodYears() {
        return periodYears;
    }

    public int getExtensionYears() {
        return extensionYears;
    }

    public boolean isExtensionNeedsContract() {
        return extensionNeedsContract;
    }

    public String getBasis() {
        return basis;
    }

    public List<PlannedTranche> getTranches() {
        return tranches;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
