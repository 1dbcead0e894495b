package cn.gov.talent.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The office's editor of a support plan: range, period, extension rule, basis and the tranche rows. */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many rows the editor shows at least (spare rows for more tranches). */
    static final int ROWS_SHOWN = 4;

    private Long categoryId;

    private FundKind kind;

    private BigDecimal minAmount;

    private BigDecimal maxAmount;

    private Integer periodYears;

    private Integer extensionYears;

    private boolean extensionNeedsContract = true;

    private String basis;

    /** The version the editor was opened on: a plan changed meanwhile is not overwritten. */
    private Long version;

    private List<PlanRow> rows = new ArrayList<>();

    static PlanForm of(SupportPlan plan) {
        PlanForm form = new PlanForm();
        form.categoryId = plan.getCategoryId();
        form.kind = plan.getKind();
        form.minAmount = plan.getMinAmount();
        form.maxAmount = plan.getMaxAmount();
        form.periodYears = plan.getPeriodYears();
        form.extensionYears = plan.getExtensionYears();
        form.extensionNeedsContract = plan.isExtensionNeedsContract();
        form.basis = plan.getBasis();
        form.version = plan.getVersion();
        plan.getTranches().forEach(tranche -> form.rows.add(new PlanRow(tranche)));
        return form;
    }

    /**
     * The rows typed (a blank row between them stays, so that a refusal's field paths keep their rows), then
     * blank ones up to the editor's minimum and one more.
     */
    public PlanForm withSpareRows() {
        rows.replaceAll(row -> row == null ? new PlanRow() : row);
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        do {
            rows.add(new PlanRow());
        } while (rows.size() < ROWS_SHOWN);
        return this;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public FundKind getKind() {
        return kind;
    }

    public void setKind(FundKind kind) {
        this.kind = kind;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(BigDecimal maxAmount) {
        this.maxAmount = maxAmount;
    }

    public Integer getPeriodYears() {
        return periodYears;
    }

    public void setPeriodYears(Integer periodYears) {
        this.periodYears = periodYears;
    }

    public Integer getExtensionYears() {
        return extensionYears;
    }

    public void setExtensionYears(Integer extensionYears) {
        this.extensionYears = extensionYears;
    }

    public boolean isExtensionNeedsContract() {
        return extensionNeedsContract;
    }

    public void setExtensionNeedsContract(boolean extensionNeedsContract) {
        this.extensionNeedsContract = extensionNeedsContract;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<PlanRow> getRows() {
        return rows;
    }

    public void setRows(List<PlanRow> rows) {
        this.rows = rows;
    }
}
