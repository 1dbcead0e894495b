package cn.gov.talent.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The office's form for a new talent program, with its first category. */
class ProgramForm {

    @NotBlank(message = "{program.code.required}")
    @Pattern(regexp = "([A-Z][A-Z0-9]{1,19})?", message = "{program.code.pattern}")
    private String code;

    @NotBlank(message = "{program.name.required}")
    @Size(max = 100, message = "{dossier.text.tooLong}")
    private String name;

    @NotNull
    private ProgramTier tier = ProgramTier.PROVINCIAL;

    @Size(max = 2000, message = "{dossier.longText.tooLong}")
    private String description;

    @NotBlank(message = "{category.code.required}")
    @Pattern(regexp = "([A-Z][A-Z0-9_]{1,19})?", message = "{category.code.pattern}")
    private String categoryCode;

    @NotBlank(message = "{category.name.required}")
    @Size(max = 100, message = "{dossier.text.tooLong}")
    private String categoryName;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProgramTier getTier() {
        return tier;
    }

    public void setTier(ProgramTier tier) {
        this.tier = tier;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode == null ? null : categoryCode.trim().toUpperCase();
    }

    public String getCategoryName() {
        return categoryName;
    }

    public void setCategoryName(String categoryName) {
        this.categoryName = categoryName;
    }
}
