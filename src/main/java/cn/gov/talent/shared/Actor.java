package cn.gov.talent.shared;

import java.util.Set;

/**
 * Who performs an action, for the state machine and the audit trail. Usually the signed-in
 * user; the demo loader and scheduled jobs act as named system actors.
 */
public record Actor(Long userId, String username, Set<Role> roles, long unitId, String unitPath) {

    public static Actor of(CurrentUser user) {
        return new Actor(user.id(), user.getUsername(), user.roles(), user.unitId(), user.unitPath());
    }

    public static Actor system(String name) {
        return new Actor(null, name, Set.of(), 0, "/");
    }

    public boolean isSystem() {
        return userId == null;
    }

    /** The data scope of a person actor; the system acts on everything. */
    public DataScope scope() {
        return isSystem() ? new DataScope(DataScope.Kind.ALL, "/", unitId, 0)
                : DataScope.of(roles, unitId, unitPath, userId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
