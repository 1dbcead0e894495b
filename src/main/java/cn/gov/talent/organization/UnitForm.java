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

    public boolean isIndependentDesk() {
        return independentDesk;
    }

    public void setIndependentDesk(boolean independentDesk) {
        this.independentDesk = independentDesk;
    }
}
