package cn.gov.talent.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Role;

/** Fresh records for tests that change things, so tests never depend on each other's leftovers. */
@Component
public class TestData {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    private final TestClock clock;

    TestData(Accounts accounts, JdbcTemplate jdbc, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
            TestClock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    /** A new account in the unit with this code. */
    public UserAccount newUser(String prefix, String unitCode, Role role) {
        long unitId = unitId(unitCode);
        String username = prefix + COUNTER.incrementAndGet() + System.nanoTime() % 100000;
        return transaction.execute(status -> accounts.createWithHash(username,
                passwordEncoder.encode(DemoUsers.PASSWORD), "测试" + role.name(), unitId, EnumSet.of(role)));
    }

    public Actor actor(String username) {
        return Actor.of(accounts.currentUser(accounts.findByUsername(username).orElseThrow()));
    }

    /** The signed-in view of an account, now. */
    public CurrentUser currentUser(UserAccount user) {
        return accounts.currentUser(user);
    }

    /** Today in China Standard Time, by the suite's clock. */
    public LocalDate today() {
        return clock.today();
    }

    /** The demo's current year: its open batches belong to it, last year's 双高 batch is published. */
    public int year() {
        return today().getYear();
    }

    /** The reference date of the demo's open batches (ages and durations are counted at it). */
    public LocalDate referenceDate() {
        return LocalDate.of(year(), 12, 31);
    }

    /** A birth date that makes someone {@code age} years old on the demo batches' reference date. */
    public LocalDate bornAged(int age) {
        return referenceDate().minusYears(age).withMonth(6).withDayOfMonth(15);
    }

    /** The current year's batch of a demo program. */
    public long batchId(String programCode) {
        return batchId(programCode, year());
    }

    public long unitId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    public long batchId(String programCode, int year) {
        return jdbc.queryForObject("select b.id from batch b join program p on p.id = b.program_id "
                + "where p.code = ? and b.year = ?", Long.class, programCode, year);
    }

    public long categoryId(String programCode, String categoryCode) {
        return jdbc.queryForObject("select c.id from program_category c join program p on p.id = c.program_id "
                + "where p.code = ? and c.code = ?", Long.class, programCode, categoryCode);
    }

    /** The id of the demo application of the person with this name. */
    public long applicationOf(String applicantName) {
        return jdbc.queryForObject("select id from application where applicant_name = ?", Long.class, applicantName);
    }

    public String status(long applicationId) {
        return jdbc.queryForObject("select status from application where id = ?", String.class, applicationId);
    }
}
