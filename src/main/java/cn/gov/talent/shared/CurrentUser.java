package cn.gov.talent.shared;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: who, which unit (and its place in the tree),
 * which roles. Built by the organization module at login and kept in the session.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final long unitId;
    private final String unitName;
    private final String unitPath;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;

    public CurrentUser(long id, String username, String passwordHash, String fullName, long unitId,
            String unitName, String unitPath, Set<Role> roles, boolean enabled, boolean locked) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitPath = unitPath;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.enabled = enabled;
        this.locked = locked;
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public long unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    /** Materialised path of the user's unit, such as {@code /1/4/12/}. */
    public String unitPath() {
        return unitPath;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Spring Security calls this after sign-in, so the hash never reaches the stored session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }
}
