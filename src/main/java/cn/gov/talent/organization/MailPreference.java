package cn.gov.talent.organization;

import cn.gov.talent.shared.Labelled;

/**
 * Which in-app messages also come to the user by e-mail: all of them, only those that ask the user to
 * act (the notification module's registry says which), or none.
 */
public enum MailPreference implements Labelled {
    ALL,
    ACTION_NEEDED,
    NONE;

    @Override
    public String messageKey() {
        return "settings.mail." + name();
    }
}
