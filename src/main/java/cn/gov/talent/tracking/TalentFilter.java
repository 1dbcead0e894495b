package cn.gov.talent.tracking;

/** The filters of the talent list: bound from the query string, checked in SQL. */
public class TalentFilter {

    private TalentStatus status;

    private Long programId;

    private Integer year;

    private String q;

    public TalentStatus getStatus() {
        return status;
    }

    public void setStatus(TalentStatus status) {
        this.status = status;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
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
}
