package cn.gov.talent.organization;

import jakarta.servlet.http.HttpSession;

/**
 * The session's note that its user must change the password before anything else: set at sign-in
 * when someone else chose the password ({@link UserAccount#isPasswordChangeRequired()}), removed
 * once the user has changed it. While it is there, every page but the password page, sign-out and
 * static resources sends the user to {@value #PAGE}.
 */
public final class ForcedPasswordChange {

    /** Where the user is sent. */
    public static final String PAGE = "/account/password";

    private static final String ATTRIBUTE = ForcedPasswordChange.class.getName();

    private ForcedPasswordChange() {
    }

    /** At sign-in: notes whether this user must change the password (and forgets any earlier user's note). */
    public static void note(HttpSession session, boolean required) {
        if (required) {
            session.setAttribute(ATTRIBUTE, Boolean.TRUE);
        } else {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    public static boolean isRequired(HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
    }

    static void done(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
