package cn.gov.talent.recommendation;

/** The rank a recommending unit types for a candidate, saved as it is typed; empty removes it. */
class RankForm {

    private Integer rank;

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }
}
