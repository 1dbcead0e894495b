package cn.gov.talent.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form for a unit. */
public class UnitForm {

    private Long parentId;

    @NotBlank(message = "{unit.name.required}")
    @Size(max = 100, message = "{unit.name.size}")
    private String name;

    @NotBlank(message = "{unit.code.required}")
    @Pattern(regexp = "([A-Za-z0-9_-]{2,40})?", message = "{unit.code.pattern}")
    private String code;

    @NotNull(message = "{unit.kind.required}")
    private UnitKind kind;

    @NotNull(message = "{unit.sector.required}")
    private Sector sector = Sector.PUBLIC;

    private int sortOrder;

    /** 所在省份 (the code of a row of the province table), or empty when not recorded. */
    @Pattern(regexp = "([0-9]{2})?", message = "{unit.province.unknown}")
    private String provinceCode;

    /** 单位类型 of an employer, or null. */
    private InstitutionType institutionType;

    private boolean active = true;

    /** 受理窗口: an employer-kind unit that takes the bureau's freelancers and non-public applicants. */
    private boolean independentDesk;

    public static UnitForm of(UnitNode unit) {
        var form = new UnitForm();
        form.parentId = unit.parentId();
        form.name = unit.name();
        form.code = unit.code();
        form.kind = unit.kind();
        form.sector = unit.sector();
        form.active = unit.active();
        form.sortOrder = unit.sortOrder();
        form.provinceCode = unit.provinceCode();
        form.institutionType = unit.institutionType();
        form.independentDesk = unit.independentDesk();
        return form;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
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

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
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
}
