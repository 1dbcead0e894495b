package cn.gov.talent.organization;

/** What a unit of the organisation tree is. */
public enum UnitKind {
    /** 工程领导小组办公室 / 省人社厅: the root. */
    OFFICE,
    /** 推荐单位: 设区市人社局, 省直及中央驻赣单位. */
    RECOMMENDER,
    /** 用人单位. */
    EMPLOYER,
    /** 征求意见部门: consulted on the proposed list. */
    DEPARTMENT;

    /**
     * The tree's shape: the office is the root; recommending units and departments sit under the
     * office; employers under a recommending unit (applications travel up to it).
     */
    public static boolean mayNestUnder(UnitKind kind, UnitKind parentKind) {
        return switch (kind) {
            case OFFICE -> parentKind == null;
            case RECOMMENDER, DEPARTMENT -> parentKind == OFFICE;
            case EMPLOYER -> parentKind == RECOMMENDER;
        };
    }
}
