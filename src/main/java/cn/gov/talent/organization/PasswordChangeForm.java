package cn.gov.talent.organization;

import jakarta.validation.constraints.NotBlank;

/** The form to change one's own password. */
class PasswordChangeForm {

    @NotBlank(message = "{password.change.currentRequired}")
    private String currentPassword;

    @NotBlank(message = "{register.password.required}")
    private String newPassword;

    @NotBlank(message = "{register.confirmPassword.required}")
    private String confirmPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
