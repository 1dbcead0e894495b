package cn.gov.talent.organization;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.validation.ValidIdNumber;

/** The administrator's form for a user account. The password is only set when creating. */
public class UserForm {

    @NotBlank(message = "{register.username.required}")
    @Pattern(regexp = "([A-Za-z][A-Za-z0-9_.-]{3,29})?", message = "{register.username.pattern}")
    private String username;

    @NotBlank(message = "{register.fullName.required}")
    @Size(max = 50, message = "{register.fullName.size}")
    private String fullName;

    /** A new ID number; empty keeps the stored one, which the form never carries. */
    @ValidIdNumber
    private String idNumber;

    @Pattern(regexp = "(1[3-9]\\d{9})?", message = "{register.phone.pattern}")
    private String phone;

    @Email(message = "{register.email.pattern}")
    @Size(max = 100, message = "{register.email.pattern}")
    private String email;

    @NotNull(message = "{user.unit.required}")
    private Long unitId;

    /** Where someone at a bureau's desk works (ADR 0027); kept only for an account at a desk. */
    @Size(max = 100, message = "{register.workplace.size}")
    private String workplace;

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    private String password;

    public static UserForm of(UserAccount user) {
        var form = new UserForm();
        form.username = user.getUsername();
        form.fullName = user.getFullName();
        // never the stored ID number: the page shows it masked, and an empty field keeps it (ADR 0022)
        form.phone = user.getPhone();
        form.email = user.getEmail();
        form.unitId = user.getUnit().getId();
        form.workplace = user.getWorkplace();
        form.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        form.enabled = user.isEnabled();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
