package cn.gov.talent.funding;

/** The filters of the list of tranches: bound from the query string, checked in SQL. */
public class TrancheFilter {

    private TrancheStatus status;

    private FundKind kind;

    /** The year the tranche falls due. */
    private Integer year;

    /** A name or certificate number prefix. */
    private String q;

    /** One employer (the totals page links its lines here). */
    private Long unitId;

    public TrancheStatus getStatus() {
        return status;
    }

    public void setStatus(TrancheStatus status) {
        this.status = status;
    }

    public FundKind getKind() {
        return kind;
    }

    public void setKind(FundKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
