package cn.gov.talent.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.talent.shared.validation.ValidIdNumber;

/** 申报人注册: what an applicant gives to open an account. */
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

    @NotNull(message = "{register.employer.required}")
    private Long employerId;

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
}
