package cn.gov.talent.organization;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 组织机构: a unit of the organisation tree. Applications travel upward along it only.
 * {@code path} is the materialised path of ids from the root ({@code /1/4/12/}); a subtree is
 * everything whose path starts with the unit's own.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    private String name;

    private String code;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    @Enumerated(EnumType.STRING)
    private Sector sector = Sector.PUBLIC;

    private String path;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active = true;

    /** 所在省份: the province's code (its region and the 新疆西藏 mark come from the province table). */
    @Column(name = "province_code")
    private String provinceCode;

    /** 单位类型 of an employer (enterprise, university, research institute, other), or null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type")
    private InstitutionType institutionType;
    /**
     * 受理窗口: this employer-kind unit is its recommending unit's desk for freelancers and people whose
     * non-public employer is not in the tree (004 §二(三)2); its EMPLOYER users are the bureau's staff.
     */
    @Column(name = "independent_desk")
    private boolean independentDesk;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String name, String code, UnitKind kind, Sector sector, Instant createdAt) {
        this.createdAt = createdAt;
        this.name = name;
        this.code = code;
        this.kind = kind;
        this.sector = sector;
        this.path = "/";
    }

    /** Called once the id is known: the path ends with the unit's own id. */
    void placeUnder(OrgUnit parent) {
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    public boolean isWithin(OrgUnit ancestor) {
        return path.startsWith(ancestor.path);
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getPath() {
        return path;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public InstitutionType getInstitutionType() {
        return institutionType;
    }

    public void setInstitutionType(InstitutionType institutionType) {
        this.institutionType = institutionType;
    }

    public boolean isIndependentDesk() {
        return independentDesk;
    }

    public void setIndependentDesk(boolean independentDesk) {
        this.independentDesk = independentDesk;
    }

    public long getVersion() {
        return version;
    }
}
