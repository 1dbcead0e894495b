package cn.gov.talent.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import cn.gov.talent.shared.validation.ValidIdNumber;

/**
 * 申报人注册: what an applicant gives to open an account. Where they work is one of two: the employer they
 * choose in the tree, or, ticking {@code independent} (我在非公有制单位工作或从事自由职业), the desk of their
 * city's bureau and the workplace they type (004 §二(三)2).
 */
class RegistrationForm {

    @NotBlank(message = "{register.fullName.required}")
    @Size(max = 50, message = "{register.fullName.size}")
    private String fullName;

    @NotBlank(message = "{register.idNumber.required}")
    @ValidIdNumber
    private String idNumber;

    @NotBlank(message = "{register.phone.required}")
    @Pattern(regexp = "(1[3-9]\\d{9})?", message = "{register.phone.pattern}")
    private String phone;

    @NotBlank(message = "{register.email.required}")
    @Email(message = "{register.email.pattern}")
    @Size(max = 100, message = "{register.email.pattern}")
    private String email;

    /** Required unless {@link #independent}: see {@link WhereTheyWork}. */
    private Long employerId;

    /** The applicant works in the non-public sector outside the tree, or is a freelancer. */
    private boolean independent;

    /** The bureau's desk (受理窗口) of the applicant's city: required when {@link #independent}. */
    private Long deskId;

    /** 所在单位名称, or 自由职业: required when {@link #independent}. */
    @Size(max = 100, message = "{register.workplace.size}")
    private String workplace;

    @NotBlank(message = "{register.username.required}")
    @Pattern(regexp = "([A-Za-z][A-Za-z0-9_.-]{3,29})?", message = "{register.username.pattern}")
    private String username;

    @NotBlank(message = "{register.password.required}")
    private String password;

    @NotBlank(message = "{register.confirmPassword.required}")
    private String confirmPassword;

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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public boolean isIndependent() {
        return independent;
    }

    public void setIndependent(boolean independent) {
        this.independent = independent;
    }

    public Long getDeskId() {
        return deskId;
    }

    public void setDeskId(Long deskId) {
        this.deskId = deskId;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    /**
     * What each way of working requires, checked with the other fields so that one answer lists every
     * problem: an employer chosen, or a desk and a workplace. The page works the same without JavaScript
     * (every field is then shown); {@code Accounts.register} checks it again.
     */
    static final class WhereTheyWork implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return RegistrationForm.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            var form = (RegistrationForm) target;
            if (!form.isIndependent()) {
                if (form.getEmployerId() == null && !errors.hasFieldErrors("employerId")) {
                    errors.rejectValue("employerId", "register.employer.required");
                }
                return;
            }
            if (form.getDeskId() == null && !errors.hasFieldErrors("deskId")) {
                errors.rejectValue("deskId", "register.desk.required");
            }
            if (!StringUtils.hasText(form.getWorkplace()) && !errors.hasFieldErrors("workplace")) {
                errors.rejectValue("workplace", "register.workplace.required");
            }
        }
    }
}
