package cn.gov.talent.statistics;

/**
 * The filters of a statistics page as typed in its address: program, year, category and unit (each may be
 * left out). Unusable values are named on the page and left out, never a failure.
 */
class StatisticsQuery {

    private Long programId;
    private Integer year;
    private Long categoryId;
    private Long unitId;

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

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
