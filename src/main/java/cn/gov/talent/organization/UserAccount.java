package cn.gov.talent.organization;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Role;

/** 用户: a person who signs in. Belongs to exactly one unit; holds one or more roles. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "full_name")
    private String fullName;

    /** The 身份证号码 encrypted ({@link IdNumberCipher}): decrypted only to be masked or shown where allowed. */
    @Column(name = "id_number_cipher")
    private String idNumberCipher;

    /** The number's keyed hash: finds the account by number; unique, one account per person. */
    @Column(name = "id_number_hash")
    private String idNumberHash;

    private String phone;

    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    /**
     * Where someone attached to a bureau's desk works, as they typed it (the name of their unit, or 自由职业);
     * null for everyone else, whose unit is their employer.
     */
    private String workplace;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    private boolean enabled = true;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Start of the window in which {@link #failedAttempts} counts toward the account-wide lock. */
    @Column(name = "failures_since")
    private Instant failuresSince;

    /** Someone else chose the password; the user must change it before doing anything else. */
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Which messages also come by e-mail (to {@link #email}, when there is one). */
    @Column(name = "mail_preference")
    @Enumerated(EnumType.STRING)
    private MailPreference mailPreference = MailPreference.ALL;

    /** The language of the user's mail, as a tag ({@link PreferredLanguage}). */
    @Column(name = "preferred_language")
    private String preferredLanguage = PreferredLanguage.ZH_CN.tag();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String fullName, OrgUnit unit, Set<Role> roles,
            Instant createdAt) {
        this.createdAt = createdAt;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.unit = unit;
        this.roles = new HashSet<>(roles);
        this.passwordChangedAt = createdAt;
    }

    /** The signed-in view of this account, its lock judged at {@code now}. */
    public CurrentUser toCurrentUser(Instant now) {
        return new CurrentUser(id, username, passwordHash, fullName, unit.getId(), unit.getName(), unit.getPath(),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), enabled, isLocked(now));
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    // Failures are counted by one SQL statement each (SignInFailures), so that concurrent sign-ins count right.

    void unlock() {
        failedAttempts = 0;
        failuresSince = null;
        lockedUntil = null;
    }

    /** The user chose a new password: nothing more to force. */
    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.passwordChangeRequired = false;
    }

    /** Someone else (the administrator) set this password: the user must change it at the next sign-in. */
    void setPasswordBySomeoneElse(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.passwordChangeRequired = true;
    }

    /** Accounts the administrator or an import creates: the chosen password is to be changed at first sign-in. */
    void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    /** The ID number as stored (ciphertext and hash), or null; {@link IdNumberCipher} masks it. */
    public IdNumberCipher.Sealed getIdNumber() {
        return idNumberCipher == null ? null : new IdNumberCipher.Sealed(idNumberCipher, idNumberHash);
    }

    /** The ID number as {@link IdNumberCipher#seal} gives it: ciphertext and hash; null removes it. */
    public void setIdNumber(IdNumberCipher.Sealed sealed) {
        this.idNumberCipher = sealed == null ? null : sealed.cipher();
        this.idNumberHash = sealed == null ? null : sealed.hash();
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

    public OrgUnit getUnit() {
        return unit;
    }

    public void setUnit(OrgUnit unit) {
        this.unit = unit;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MailPreference getMailPreference() {
        return mailPreference;
    }

    public PreferredLanguage getPreferredLanguage() {
        return PreferredLanguage.ofTag(preferredLanguage);
    }

    /** The user's own choice of mail and its language (the settings page). */
    void chooseMail(MailPreference preference, PreferredLanguage language) {
        this.mailPreference = preference;
        this.preferredLanguage = language.tag();
    }

    public long getVersion() {
        return version;
    }
}
