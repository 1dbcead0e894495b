package cn.gov.talent.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.DossierForm;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.eligibility.Degree;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * PIPL art. 28 / GB/T 35273 (ADR 0022): the database holds no 身份证号码 in plaintext. After a registration
 * and an application, the raw columns hold ciphertexts and hashes only, the earlier attempts are still
 * counted (by hash), the database refuses a plaintext number, and re-encryption moves a number under a
 * retired key to the current one.
 */
@IntegrationTest
class PiplIdNumbersAreEncryptedTests {

    /** An 18-character ID number anywhere in a text: 17 digits and a digit or X, not inside a longer number. */
    static final String ID_PATTERN = "(^|[^0-9])[0-9]{17}[0-9Xx]([^0-9]|$)";

    /** The tables a person's number went into or could go into: accounts, applications, dossiers, records. */
    static final List<String> TABLES = List.of("app_user", "application", "dossier", "dossier_version",
            "talent_record");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    Applications applications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Programs programs;

    @Autowired
    IdNumberCipher idNumbers;

    @Autowired
    TransactionTemplate transaction;

    /** A valid number of 瑞金市 born in 1985, unlikely to be any other test's. */
    private static String newIdNumber() {
        var random = ThreadLocalRandom.current();
        String first17 = "360781%04d%02d%02d%03d".formatted(1980 + random.nextInt(6), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        return first17 + IdNumber.checkCharacter(first17);
    }

    private UserAccount register(String idNumber) throws Exception {
        String username = "pipl" + ThreadLocalRandom.current().nextInt(1_000_000);
        mvc.perform(post("/register").with(csrf()).param("fullName", "钟秀英").param("idNumber", idNumber)
                        .param("phone", "13912345678").param("email", "pipl@example.cn")
                        .param("employerId", String.valueOf(data.unitId("NCU"))).param("username", username)
                        .param("password", "Secret2026").param("confirmPassword", "Secret2026"))
                .andExpect(status().is3xxRedirection());
        return accounts.findByUsername(username).orElseThrow();
    }

    /**
     * Every text column (varchar, text, json) of these tables with a value matching the pattern, and in how
     * many rows.
     */
    private static List<String> columnsMatching(JdbcTemplate jdbc, List<String> tables, String regex) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                 where table_schema = current_schema() and table_name = any (?)
                   and data_type in ('character varying', 'character', 'text', 'json', 'jsonb')
                """, (Object) tables.toArray(String[]::new));
        assertThat(columns).as("text columns of %s", tables).isNotEmpty();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            // hex digests (an attachment's SHA-256 in a dossier version) are left out first: 64 random hex
            // characters hold a run of 18 digits often enough to make the test flaky, and are no ID number
            Long hits = jdbc.queryForObject("select count(*) from " + table + " where regexp_replace(\"" + name
                    + "\"::text, '[0-9a-fA-F]{32,}', '', 'g') ~ ?", Long.class, regex);
            if (hits != null && hits > 0) {
                found.add(table + "." + name + " (" + hits + " rows)");
            }
        }
        return found;
    }

    private List<String> allTables() {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_type = 'BASE TABLE'", String.class);
    }

    @Test
    void theDatabaseHoldsNoPlaintextIdNumberAfterRegistrationAndAnApplication() throws Exception {
        String idNumber = newIdNumber();
        UserAccount account = register(idNumber);
        Actor applicant = data.actor(account.getUsername());
        Application application = applications.createDraft(applicant, account.getFullName(), data.batchId("BQW"),
                data.categoryId("BQW", "PROV"), "南昌大学");
        var form = new DossierForm();
        form.setDegree(Degree.DOCTOR);
        form.setPhone("13912345678");
        dossiers.save(application.getId(), form, applicant);

        // the raw columns: a ciphertext under the current key and the keyed hash, the same person in both tables
        Map<String, Object> user = jdbc.queryForMap("select id_number_cipher, id_number_hash from app_user where id = ?",
                account.getId());
        Map<String, Object> row = jdbc.queryForMap("select applicant_id_number_cipher, applicant_id_number_hash"
                + " from application where id = ?", application.getId());
        String cipher = (String) user.get("id_number_cipher");
        assertThat(cipher).startsWith(idNumbers.currentKeyId() + ":").doesNotContain(idNumber);
        assertThat(idNumbers.decrypt(cipher)).isEqualTo(idNumber);
        assertThat(user.get("id_number_hash")).isEqualTo(idNumbers.hash(idNumber));
        assertThat(idNumbers.decrypt((String) row.get("applicant_id_number_cipher"))).isEqualTo(idNumber);
        assertThat(row.get("applicant_id_number_hash")).isEqualTo(idNumbers.hash(idNumber));
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_schema ="
                + " current_schema() and column_name in ('id_number', 'applicant_id_number')", String.class))
                .as("the plaintext columns are gone").isEmpty();

        // no ID number at all in the tables people's numbers went into (the demo's included) ...
        assertThat(columnsMatching(jdbc, TABLES, ID_PATTERN)).as("columns holding an ID number").isEmpty();
        // ... and this one nowhere in the database
        assertThat(columnsMatching(jdbc, allTables(), idNumber)).as("columns holding the registered number").isEmpty();
        // the page still shows it masked
        assertThat(idNumbers.masked(cipher)).isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
    }

    // Earlier attempts are counted by the number's hash: AttemptLimitTests proves it (002 art. 13).

    /** The database itself refuses a plaintext number, and a second account with the same number's hash. */
    @Test
    void theDatabaseRefusesAPlaintextNumberAndASecondHolder() throws Exception {
        String idNumber = newIdNumber();
        UserAccount holder = register(idNumber);
        UserAccount other = data.newUser("pipl", "NCU", Role.APPLICANT);
        assertThatThrownBy(() -> jdbc.update("update app_user set id_number_cipher = ?, id_number_hash = ? where id = ?",
                idNumber, idNumbers.hash(idNumber) + "x", other.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        IdNumberCipher.Sealed again = idNumbers.seal(idNumber);
        assertThatThrownBy(() -> jdbc.update("update app_user set id_number_cipher = ?, id_number_hash = ? where id = ?",
                again.cipher(), again.hash(), other.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(accounts.find(holder.getId()).orElseThrow().getIdNumber().hash()).isEqualTo(again.hash());
    }

    /**
     * Rotation: a number encrypted under a retired key (still in the keyring) is re-encrypted under the
     * current key by the step that runs after the migrations; its hash stays, so look-ups keep working.
     * Run in a transaction that is rolled back.
     */
    @Test
    void reencryptionMovesANumberUnderARetiredKeyToTheCurrentKey() {
        String retiredKey = IdNumberCipher.newKey();
        IdNumberCipher retired = IdNumberCipher.of("old:" + retiredKey, "old",
                IdNumberCipherConfiguration.DEVELOPMENT_HASH_KEY);
        IdNumberCipher keyring = IdNumberCipher.of("dev:" + IdNumberCipherConfiguration.DEVELOPMENT_KEY + ",old:"
                + retiredKey, "dev", IdNumberCipherConfiguration.DEVELOPMENT_HASH_KEY);
        String idNumber = newIdNumber();
        UserAccount account = data.newUser("rekey", "NCU", Role.APPLICANT);
        IdNumberCipher.Sealed old = retired.seal(idNumber);
        transaction.executeWithoutResult(status -> {
            jdbc.update("update app_user set id_number_cipher = ?, id_number_hash = ? where id = ?", old.cipher(),
                    old.hash(), account.getId());
            IdNumberColumns users = IdNumberColumns.ALL.get(0);
            int moved = jdbc.execute((ConnectionCallback<Integer>) connection -> users.reencrypt(connection, keyring));
            assertThat(moved).isEqualTo(1);
            Map<String, Object> row = jdbc.queryForMap("select id_number_cipher, id_number_hash from app_user"
                    + " where id = ?", account.getId());
            assertThat((String) row.get("id_number_cipher")).startsWith("dev:");
            assertThat(idNumbers.decrypt((String) row.get("id_number_cipher"))).isEqualTo(idNumber);
            assertThat(row.get("id_number_hash")).isEqualTo(idNumbers.hash(idNumber)).isEqualTo(old.hash());
            assertThat(jdbc.execute((ConnectionCallback<Integer>) connection -> users.reencrypt(connection, keyring)))
                    .as("nothing left under the retired key").isZero();
            status.setRollbackOnly();
        });
    }

    /**
     * The talent record keeps a copy of its application's keyed hash (the 人选信息库's look-up by number, ADR
     * 0030): once the numbers were hashed again, the re-key step takes the copy again. Rolled back.
     */
    @Test
    void theTalentRecordsCopyOfTheHashIsTakenAgainFromItsApplication() {
        long record = jdbc.queryForObject("select min(id) from talent_record", Long.class);
        transaction.executeWithoutResult(status -> {
            jdbc.update("update talent_record set id_hash = 'stale' where id = ?", record);
            int copied = jdbc.execute((ConnectionCallback<Integer>) IdNumberColumns::copyHashes);
            assertThat(copied).isOne();
            assertThat(jdbc.queryForObject("""
                    select t.id_hash = a.applicant_id_number_hash from talent_record t
                    join application a on a.id = t.application_id where t.id = ?""", Boolean.class, record)).isTrue();
            status.setRollbackOnly();
        });
    }

    /**
     * An existing database, with plaintext numbers from before V27, is migrated into the state of a new one:
     * its numbers encrypted and hashed by V27_1, the plaintext columns gone, the same columns, indexes and
     * constraints as the suite's database. Done in a scratch database on the same server, dropped after.
     */
    @Test
    void anExistingDatabaseWithPlaintextNumbersEndsInTheStateOfANewOne() throws Exception {
        String database = "pipl_migration_" + ProcessHandle.current().pid();
        String url = jdbc.getDataSource().unwrap(HikariDataSource.class).getJdbcUrl()
                .replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        jdbc.execute("drop database if exists " + database + " with (force)");
        jdbc.execute("create database " + database);
        try {
            var scratch = new DriverManagerDataSource(url, "postgres", "postgres");
            Flyway.configure().dataSource(scratch).locations("classpath:db/migration").target("26").load().migrate();
            var old = new JdbcTemplate(scratch);
            Timestamp then = Timestamp.from(Instant.parse("2025-03-01T02:00:00Z"));
            long unit = old.queryForObject("insert into org_unit (name, code, kind, path, created_at)"
                    + " values ('南昌大学', 'NCU', 'EMPLOYER', '/1/', ?) returning id", Long.class, then);
            String[] numbers = {"360102199003071236", "11010519491231002X", null};
            long[] users = new long[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                users[i] = old.queryForObject("insert into app_user (username, password_hash, full_name, id_number,"
                        + " unit_id, created_at) values (?, 'x', '旧账户', ?, ?, ?) returning id", Long.class,
                        "old" + i, numbers[i], unit, then);
            }
            long program = old.queryForObject("insert into program (code, name, tier, created_at)"
                    + " values ('SG', '双高', 'PROVINCIAL', ?) returning id", Long.class, then);
            long category = old.queryForObject("insert into program_category (program_id, code, name)"
                    + " values (?, 'PRO', '专业技术') returning id", Long.class, program);
            long batch = old.queryForObject("insert into batch (program_id, year, title, stage, created_at)"
                    + " values (?, 2025, '双高 2025', 'CLOSED', ?) returning id", Long.class, program, then);
            long application = old.queryForObject("""
                    insert into application (serial_no, batch_id, category_id, applicant_id, applicant_name,
                        employer_unit_id, employer_name, unit_path, status, status_changed_at, created_at, program_id,
                        batch_year, applicant_id_number)
                    values ('SG-2025-000001', ?, ?, ?, '旧账户', ?, '南昌大学', '/1/', 'REJECTED', ?, ?, ?, 2025, ?)
                    returning id""", Long.class, batch, category, users[0], unit, then, then, program, numbers[0]);

            Flyway migrated = Flyway.configure().dataSource(scratch).locations("classpath:db/migration")
                    .javaMigrations(new EncryptIdNumbersMigration(idNumbers)).callbacks(new IdNumberRekeying(idNumbers))
                    .load();
            migrated.migrate();

            for (int i = 0; i < numbers.length; i++) {
                Map<String, Object> row = old.queryForMap("select id_number_cipher, id_number_hash from app_user"
                        + " where id = ?", users[i]);
                assertThat(idNumbers.decrypt((String) row.get("id_number_cipher"))).isEqualTo(numbers[i]);
                assertThat(row.get("id_number_hash")).isEqualTo(idNumbers.hash(numbers[i]));
            }
            Map<String, Object> applied = old.queryForMap("select applicant_id_number_cipher, applicant_id_number_hash"
                    + " from application where id = ?", application);
            assertThat(idNumbers.decrypt((String) applied.get("applicant_id_number_cipher"))).isEqualTo(numbers[0]);
            assertThat(applied.get("applicant_id_number_hash")).isEqualTo(idNumbers.hash(numbers[0]));
            assertThat(columnsMatching(old, List.of("app_user", "application"), ID_PATTERN)).isEmpty();
            for (String part : new String[] {COLUMNS, INDEXES, CONSTRAINTS}) {
                assertThat(old.queryForList(part, String.class)).as(part).isNotEmpty()
                        .isEqualTo(jdbc.queryForList(part, String.class));
            }

            // migrating again changes nothing
            String before = old.queryForObject("select id_number_cipher from app_user where id = ?", String.class,
                    users[0]);
            migrated.migrate();
            assertThat(old.queryForObject("select id_number_cipher from app_user where id = ?", String.class,
                    users[0])).isEqualTo(before);
        } finally {
            jdbc.execute("drop database if exists " + database + " with (force)");
        }
    }

    /** The two tables' columns, as the schema describes them. */
    static final String COLUMNS = """
            select table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length, 0)
                   || ' ' || is_nullable
              from information_schema.columns
             where table_schema = current_schema() and table_name in ('app_user', 'application')
             order by 1""";

    /** The two tables' indexes. */
    static final String INDEXES = """
            select indexdef from pg_indexes
             where schemaname = current_schema() and tablename in ('app_user', 'application') order by 1""";

    /** The two tables' constraints. */
    static final String CONSTRAINTS = """
            select c.conname || ' ' || pg_get_constraintdef(c.oid) from pg_constraint c
              join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
             where n.nspname = current_schema() and t.relname in ('app_user', 'application') order by 1""";
}
