package cn.gov.talent.organization;

import java.time.Instant;
import java.util.List;

import cn.gov.talent.shared.Role;

/** A user as the administrator's list shows it. */
record UserRow(long id, String username, String fullName, String unitName, List<Role> roles, boolean locked,
        boolean enabled) {

    static UserRow of(UserAccount user, Instant now) {
        return new UserRow(user.getId(), user.getUsername(), user.getFullName(), user.getUnit().getName(),
                user.getRoles().stream().sorted().toList(), user.isLocked(now), user.isEnabled());
    }
}
