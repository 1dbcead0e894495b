package cn.gov.talent.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.EmployerName;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/** User accounts: self-registration, the administrator's changes, passwords. Every change is audited. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final UserAccountRepository users;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SignInFailures signInFailures;
    private final IdNumberCipher idNumbers;
    private final Clock clock;

    Accounts(UserAccountRepository users, OrgUnitRepository units, PasswordEncoder passwordEncoder,
            AuditTrail audit, ApplicationEventPublisher events, SignInFailures signInFailures,
            IdNumberCipher idNumbers, Clock clock) {
        this.idNumbers = idNumbers;
        this.clock = clock;
        this.signInFailures = signInFailures;
        this.events = events;
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /**
     * Opens an applicant account; refusals name the field they concern. An ID number that already has an
     * account is not refused: nothing is created, the attempt is audited on that account, and the caller
     * answers exactly as for a new account, so the page never tells whether someone's ID number is
     * registered. A taken user name is told (the applicant chose it and must choose another).
     *
     * @return the new account, or empty when the ID number already had one
     */
    @Transactional
    public Optional<UserAccount> register(RegistrationForm form) {
        String username = normalizeUsername(form.getUsername());
        String idNumber = IdNumber.normalize(form.getIdNumber());
        if (!form.getPassword().equals(form.getConfirmPassword())) {
            throw Refusal.onField("confirmPassword", "register.confirmPassword.mismatch");
        }
        PasswordPolicy.check(form.getPassword(), username).ifPresent(key -> {
            throw Refusal.onField("password", key);
        });
        if (users.existsByUsername(username)) {
            throw Refusal.onField("username", "register.username.taken");
        }
        OrgUnit employer = unitOf(form);
        String workplace = workplaceAt(employer, form);
        // hashed in both cases, so that the answer takes as long whether the ID number is known or not
        String passwordHash = passwordEncoder.encode(form.getPassword());
        Optional<UserAccount> holder = users.findByIdNumberHash(idNumbers.hash(idNumber));
        if (holder.isPresent()) {
            audit.record(AuditEntry.of(Actor.system(username), "USER", holder.get().getId(),
                    holder.get().getUsername(), "REGISTER_DUPLICATE_ID_NUMBER")
                    .withNote("audit.note.register.usernameTried", username));
            return Optional.empty();
        }
        var user = new UserAccount(username, passwordHash, form.getFullName().trim(),
                employer, EnumSet.of(Role.APPLICANT), clock.instant());
        user.setIdNumber(idNumbers.seal(idNumber));
        user.setPhone(form.getPhone().trim());
        user.setEmail(form.getEmail().trim());
        user.setWorkplace(workplace);
        users.save(user);
        var entry = AuditEntry.of(Actor.system(username), "USER", user.getId(), username, "REGISTER");
        audit.record(workplace == null ? entry
                : entry.withNote("audit.note.register.desk", employer.getName(), workplace));
        return Optional.of(user);
    }

    /**
     * The unit the applicant registers under: the employer they chose, or, when they work in the non-public
     * sector outside the tree or as a freelancer, the desk of the bureau of their place (004 §二(三)2).
     */
    private OrgUnit unitOf(RegistrationForm form) {
        if (form.isIndependent()) {
            return Optional.ofNullable(form.getDeskId()).flatMap(units::findById)
                    .filter(unit -> unit.isIndependentDesk() && unit.isActive())
                    .orElseThrow(() -> Refusal.onField("deskId", "register.desk.required"));
        }
        return Optional.ofNullable(form.getEmployerId()).flatMap(units::findById)
                .filter(unit -> unit.getKind() == UnitKind.EMPLOYER && unit.isActive())
                .orElseThrow(() -> Refusal.onField("employerId", "register.employer.required"));
    }

    /** At a desk, where the person works is required (the desk is not their employer); elsewhere there is none. */
    private static String workplaceAt(OrgUnit unit, RegistrationForm form) {
        if (!unit.isIndependentDesk()) {
            return null;
        }
        if (!StringUtils.hasText(form.getWorkplace())) {
            throw Refusal.onField("workplace", "register.workplace.required");
        }
        return form.getWorkplace().strip();
    }

    /**
     * The employer an application of this account names (工作单位): the account's unit, or for an account at a
     * bureau's desk, where the person works with the bureau that takes it, 自由职业（南昌市人社局受理）.
     */
    public String employerNameOf(long userId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new Refusal("user.error.missing"));
        OrgUnit unit = user.getUnit();
        if (!unit.isIndependentDesk() || !StringUtils.hasText(user.getWorkplace()) || unit.getParentId() == null) {
            return unit.getName();
        }
        return units.findById(unit.getParentId())
                .map(bureau -> EmployerName.throughDesk(user.getWorkplace(), bureau.getName()))
                .orElse(unit.getName());
    }

    @Transactional
    public UserAccount create(UserForm form, Actor actor) {
        String username = normalizeUsername(form.getUsername());
        if (users.existsByUsername(username)) {
            throw Refusal.onField("username", "register.username.taken");
        }
        if (!StringUtils.hasText(form.getPassword())) {
            throw Refusal.onField("password", "register.password.required");
        }
        PasswordPolicy.check(form.getPassword(), username).ifPresent(key -> {
            throw Refusal.onField("password", key);
        });
        refuseTakenIdNumber(form, null);
        var user = new UserAccount(username, passwordEncoder.encode(form.getPassword()), form.getFullName().trim(),
                unit(form.getUnitId()), form.getRoles(), clock.instant());
        // the administrator (or the import) chose this password: the user replaces it at first sign-in
        user.requirePasswordChange();
        copyDetails(form, user);
        users.save(user);
        audit.record(new AuditEntry(actor, "USER", user.getId(), username, "CREATE_USER", null, null, null)
                .withNote("audit.note.roles", roleLabels(form.getRoles())));
        return user;
    }

    @Transactional
    public void update(long id, UserForm form, Actor actor) {
        UserAccount user = users.findById(id).orElseThrow(() -> new Refusal("user.error.missing"));
        refuseTakenIdNumber(form, id);
        Set<Role> before = EnumSet.noneOf(Role.class);
        before.addAll(user.getRoles());
        boolean signInChanged = !before.equals(form.getRoles()) || user.isEnabled() != form.isEnabled()
                || !user.getUnit().getId().equals(form.getUnitId());
        user.setFullName(form.getFullName().trim());
        user.setUnit(unit(form.getUnitId()));
        user.setRoles(form.getRoles());
        user.setEnabled(form.isEnabled());
        if (signInChanged) {
            events.publishEvent(new AccountChanged(user.getUsername()));
        }
        copyDetails(form, user);
        // the roles in a note, not as states: a set of several does not fit a state's column
        audit.record(AuditEntry.of(actor, "USER", user.getId(), user.getUsername(), "UPDATE_USER")
                .withNote("audit.note.roles.changed", roleLabels(before), roleLabels(form.getRoles())));
    }

    /** Creates an account with a ready-made hash (the demo loader), without the password policy. */
    @Transactional
    public UserAccount createWithHash(String username, String passwordHash, String fullName, long unitId,
            Set<Role> roles) {
        var user = users.save(new UserAccount(username, passwordHash, fullName, unit(unitId), roles, clock.instant()));
        audit.record(new AuditEntry(Actor.system("system"), "USER", user.getId(), username, "CREATE_USER", null, null,
                null).withNote("audit.note.roles", roleLabels(roles)));
        return user;
    }

    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new Refusal("user.error.missing"));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw Refusal.onField("currentPassword", "password.change.currentWrong");
        }
        PasswordPolicy.check(newPassword, user.getUsername()).ifPresent(key -> {
            throw Refusal.onField("newPassword", key);
        });
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw Refusal.onField("newPassword", "password.change.same");
        }
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(AuditEntry.of(new Actor(user.getId(), user.getUsername(), user.getRoles(),
                user.getUnit().getId(), user.getUnit().getPath()), "USER", user.getId(), user.getUsername(),
                "CHANGE_PASSWORD"));
    }

    /** The user's own choice of which messages also come by e-mail, and in which language; audited. */
    @Transactional
    public void chooseMail(long userId, MailPreference preference, PreferredLanguage language) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new Refusal("user.error.missing"));
        MailPreference before = user.getMailPreference();
        PreferredLanguage languageBefore = user.getPreferredLanguage();
        user.chooseMail(preference, language);
        audit.record(AuditEntry.of(new Actor(user.getId(), user.getUsername(), user.getRoles(),
                user.getUnit().getId(), user.getUnit().getPath()), "USER", user.getId(), user.getUsername(),
                "CHOOSE_MAIL").withNote("audit.note.mailSettings", AuditEntry.labels(before.messageKey(), languageBefore.messageKey()),
                        AuditEntry.labels(preference.messageKey(), language.messageKey())));
    }

    /**
     * The administrator gives the account a new random password, shown once; the user must change it at
     * the next sign-in, any session of the account ends, and any lock or pause of its sign-in is lifted
     * (the user asked for help to get back in).
     *
     * @return the new password, to hand over (never stored in clear)
     */
    @Transactional
    public String resetPassword(long userId, Actor actor) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new Refusal("user.error.missing"));
        String password = PasswordPolicy.generate(user.getUsername());
        user.setPasswordBySomeoneElse(passwordEncoder.encode(password), clock.instant());
        user.unlock();
        signInFailures.clearAll(user.getUsername());
        events.publishEvent(new AccountChanged(user.getUsername()));
        audit.record(AuditEntry.of(actor, "USER", user.getId(), user.getUsername(), "RESET_PASSWORD"));
        return password;
    }

    /** Lifts the account-wide lock and every address's pause of the account's user name. */
    @Transactional
    public void unlock(long userId, Actor actor) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new Refusal("user.error.missing"));
        Instant now = clock.instant();
        boolean lockedEverywhere = user.isLocked(now);
        int addresses = signInFailures.pausesOf(user.getUsername(), now).size();
        user.unlock();
        signInFailures.clearAll(user.getUsername());
        audit.record(AuditEntry.of(actor, "USER", user.getId(), user.getUsername(), "UNLOCK_USER")
                .withNote(lockedEverywhere ? "audit.note.unlock.locked" : "audit.note.unlock.notLocked", addresses));
    }

    /** The addresses from which sign-in with this account's user name is paused now, latest lock first. */
    public List<SignInPause> signInPauses(UserAccount user) {
        return signInFailures.pausesOf(user.getUsername(), clock.instant());
    }

    /** Whether the user must change their password before doing anything else (someone else chose it). */
    public boolean passwordChangeRequired(String username) {
        return users.findByUsername(normalizeUsername(username)).map(UserAccount::isPasswordChangeRequired)
                .orElse(false);
    }

    /** The account as a signed-in user, its lock judged now. */
    public CurrentUser currentUser(UserAccount user) {
        return user.toCurrentUser(clock.instant());
    }

    /** Whether the account is locked now, for every address, by too many failed sign-ins. */
    public boolean isLocked(UserAccount user) {
        return user.isLocked(clock.instant());
    }

    public Optional<UserAccount> find(long id) {
        return users.findById(id);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(normalizeUsername(username));
    }

    /** Which of these user names (already normalised) are taken: one query for a whole import file. */
    public Set<String> takenUsernames(Collection<String> usernames) {
        return usernames.isEmpty() ? Set.of() : new HashSet<>(users.findUsernamesIn(usernames));
    }

    /** One page of users; units and roles are read in batches within the transaction, not one per row. */
    public Page<UserRow> search(String q, Long unitId, Role role, Pageable pageable) {
        Instant now = clock.instant();
        Page<UserAccount> page = users.findAll(UserSearch.of(q, unitId, role), pageable);
        Set<String> paused = signInFailures.lockedAmong(page.getContent().stream().map(UserAccount::getUsername)
                .toList(), now);
        return page.map(user -> UserRow.of(user, now, paused.contains(user.getUsername())));
    }

    /** Ids of the enabled users of a unit holding a role: whom to notify there. */
    public List<Long> userIdsIn(long unitId, Role role) {
        return users.findIdsByUnitAndRole(unitId, role);
    }

    /**
     * Ids of the enabled users holding a role in each of these units, by unit (a unit without one is left out):
     * whom to notify in many units at once, in one query.
     */
    public Map<Long, List<Long>> userIdsIn(Collection<Long> unitIds, Role role) {
        Map<Long, List<Long>> byUnit = new LinkedHashMap<>();
        if (!unitIds.isEmpty()) {
            users.findIdsByUnitsAndRole(unitIds, role).forEach(row -> byUnit
                    .computeIfAbsent((Long) row[0], unit -> new ArrayList<>()).add((Long) row[1]));
        }
        return byUnit;
    }

    /** The units (id to name, by name) where an enabled user holds the role, e.g. the departments consulted. */
    public Map<Long, String> unitsWithRole(Role role) {
        var units = new TreeMap<String, Long>();
        users.findUnitsByRole(role).forEach(row -> units.put((String) row[1], (Long) row[0]));
        var byId = new LinkedHashMap<Long, String>();
        units.forEach((name, id) -> byId.put(id, name));
        return byId;
    }

    /** The name of each of these accounts' unit, by account id, in one query. */
    public Map<Long, String> unitNamesOfUsers(Collection<Long> userIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!userIds.isEmpty()) {
            users.findUnitNamesOf(userIds).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** The user name of each of these accounts, by account id, in one query (an unknown id is left out). */
    public Map<Long, String> usernamesOf(Collection<Long> userIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!userIds.isEmpty()) {
            users.findUsernamesOf(userIds).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    public List<Long> userIdsWithRole(Role role) {
        return users.findIdsByRole(role);
    }

    public boolean anyWithRole(Role role) {
        return users.existsByRolesContaining(role);
    }

    /** Accounts locked everywhere, or paused from at least one address, now. */
    public long countLocked() {
        return signInFailures.countLockedAccounts(clock.instant());
    }

    public long count() {
        return users.count();
    }

    static String normalizeUsername(String username) {
        return username == null ? null : username.trim().toLowerCase();
    }

    /** Roles as a reference to their labels, for an audit note (role.OFFICE,role.EXPERT, named per reader). */
    private static String roleLabels(Set<Role> roles) {
        return AuditEntry.labels(roles.stream().sorted().map(role -> "role." + role.name()).toList());
    }

    private OrgUnit unit(Long unitId) {
        return units.findById(unitId).orElseThrow(() -> Refusal.onField("unitId", "user.unit.required"));
    }

    private void refuseTakenIdNumber(UserForm form, Long ownId) {
        if (StringUtils.hasText(form.getIdNumber())) {
            users.findIdByIdNumberHash(idNumbers.hash(form.getIdNumber())).filter(id -> !id.equals(ownId))
                    .ifPresent(id -> {
                        throw Refusal.onField("idNumber", "user.idNumber.taken");
                    });
        }
    }

    /**
     * The form's details onto the account. The form never shows the stored ID number (the administrator sees
     * it masked beside the field): a number typed replaces it, an empty field keeps it.
     */
    private void copyDetails(UserForm form, UserAccount user) {
        if (StringUtils.hasText(form.getIdNumber())) {
            user.setIdNumber(idNumbers.seal(form.getIdNumber()));
        }
        user.setPhone(StringUtils.hasText(form.getPhone()) ? form.getPhone().trim() : null);
        user.setEmail(StringUtils.hasText(form.getEmail()) ? form.getEmail().trim() : null);
        // a workplace belongs to an account at a bureau's desk only: elsewhere the unit is the employer
        user.setWorkplace(user.getUnit().isIndependentDesk() && StringUtils.hasText(form.getWorkplace())
                ? form.getWorkplace().strip() : null);
    }
}
