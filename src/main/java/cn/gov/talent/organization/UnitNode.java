package cn.gov.talent.organization;

/**
 * A unit as shown in a tree: the unit and how deep it sits (0 for the root); {@code independentDesk} marks
 * a bureau's desk for freelancers and the non-public sector (受理窗口, ADR 0027); {@code provinceCode} is its
 * province's code (null when not recorded) and {@code institutionType}, for an employer, its kind of
 * institution (null when not recorded; ADR 0029).
 */
public record UnitNode(Long id, String name, String code, UnitKind kind, Sector sector, int depth, boolean active,
        Long parentId, String path, int sortOrder, boolean independentDesk, String provinceCode,
        InstitutionType institutionType) {

    static UnitNode of(OrgUnit unit) {
        return new UnitNode(unit.getId(), unit.getName(), unit.getCode(), unit.getKind(), unit.getSector(),
                unit.depth(), unit.isActive(), unit.getParentId(), unit.getPath(), unit.getSortOrder(),
                unit.isIndependentDesk(), unit.getProvinceCode(), unit.getInstitutionType());
    }
}
