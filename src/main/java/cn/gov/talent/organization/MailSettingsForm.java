package cn.gov.talent.organization;

import jakarta.validation.constraints.NotNull;

/** The user's own mail settings: which messages also come by e-mail, and in which language. */
class MailSettingsForm {

    @NotNull(message = "{settings.mail.required}")
    private MailPreference mailPreference;

    @NotNull(message = "{settings.language.required}")
    private PreferredLanguage language;

    static MailSettingsForm of(UserAccount user) {
        var form = new MailSettingsForm();
        form.mailPreference = user.getMailPreference();
        form.language = user.getPreferredLanguage();
        return form;
    }

    public MailPreference getMailPreference() {
        return mailPreference;
    }

    public void setMailPreference(MailPreference mailPreference) {
        this.mailPreference = mailPreference;
    }

    public PreferredLanguage getLanguage() {
        return language;
    }

    public void setLanguage(PreferredLanguage language) {
        this.language = language;
    }
}
