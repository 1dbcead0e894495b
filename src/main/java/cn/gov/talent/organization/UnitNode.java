package cn.gov.talent.organization;

/**
 * A unit as shown in a tree: the unit and how deep it sits (0 for the root), with its province's code
 * (null when not recorded) and, for an employer, its kind of institution (null when not recorded).
 */
public record UnitNode(Long id, String name, String code, UnitKind kind, Sector sector, int depth, boolean active,
        Long parentId, String path, int sortOrder, String provinceCode, InstitutionType institutionType) {

    static UnitNode of(OrgUnit unit) {
        return new UnitNode(unit.getId(), unit.getName(), unit.getCode(), unit.getKind(), unit.getSector(),
                unit.depth(), unit.isActive(), unit.getParentId(), unit.getPath(), unit.getSortOrder(),
                unit.getProvinceCode(), unit.getInstitutionType());
    }
}
