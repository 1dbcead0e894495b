package cn.gov.talent.organization;

import java.time.Instant;
import java.util.List;

import cn.gov.talent.shared.Role;

/**
 * A user as the administrator's list shows it; locked means locked everywhere or paused from at least one
 * address (the account's page says which).
 */
record UserRow(long id, String username, String fullName, String unitName, List<Role> roles, boolean locked,
        boolean enabled, boolean passwordChangeRequired) {

    static UserRow of(UserAccount user, Instant now, boolean pausedSomewhere) {
        return new UserRow(user.getId(), user.getUsername(), user.getFullName(), user.getUnit().getName(),
                user.getRoles().stream().sorted().toList(), user.isLocked(now) || pausedSomewhere, user.isEnabled(),
                user.isPasswordChangeRequired());
    }
}
