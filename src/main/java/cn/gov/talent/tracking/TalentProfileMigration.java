package cn.gov.talent.tracking;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.IdNumberCipher;

/**
 * Migration V36.1 (ADR 0030): the gender and birth date of every talent record made before V36, read from
 * the sealed ID number its application holds, in Flyway's transaction after V36 (which adds the columns and
 * backfills what SQL can). It is code because it needs the key, as V27.1 does: Spring Boot hands every
 * {@link JavaMigration} bean to Flyway, so it runs with the configured {@link IdNumberCipher}, which is asked
 * for the birth date and the sex only, never for the number. A thousand records at a time, in the order of
 * their ids; on a new database there is nothing to fill.
 */
@Component
class TalentProfileMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(TalentProfileMigration.class);

    private static final int BATCH = 1000;

    private final IdNumberCipher cipher;

    TalentProfileMigration(IdNumberCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("36.1");
    }

    @Override
    public String getDescription() {
        return "talent profile from id numbers";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        int filled = fill(context.getConnection());
        if (filled > 0) {
            log.info("Filled the gender and birth date of {} talent records from their sealed ID numbers", filled);
        }
    }

    /** Every record without a gender or birth date whose application holds a number; returns how many. */
    int fill(Connection connection) throws Exception {
        int done = 0;
        long after = 0;
        while (true) {
            Map<Long, String> batch = new LinkedHashMap<>();
            try (PreparedStatement read = connection.prepareStatement("""
                    select t.id, a.applicant_id_number_cipher from talent_record t
                      join application a on a.id = t.application_id
                     where t.id > ? and a.applicant_id_number_cipher is not null
                       and (t.gender is null or t.birth_date is null)
                     order by t.id limit ?""")) {
                read.setLong(1, after);
                read.setInt(2, BATCH);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        batch.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
            if (batch.isEmpty()) {
                return done;
            }
            try (PreparedStatement write = connection.prepareStatement(
                    "update talent_record set gender = ?, birth_date = ? where id = ?")) {
                for (var row : batch.entrySet()) {
                    Gender gender = cipher.isMale(row.getValue()).map(Gender::of).orElse(null);
                    LocalDate born = cipher.birthDate(row.getValue()).orElse(null);
                    if (gender == null) {
                        write.setNull(1, Types.VARCHAR);
                    } else {
                        write.setString(1, gender.name());
                    }
                    if (born == null) {
                        write.setNull(2, Types.DATE);
                    } else {
                        write.setDate(2, Date.valueOf(born));
                    }
                    write.setLong(3, row.getKey());
                    write.addBatch();
                    after = row.getKey();
                }
                write.executeBatch();
            }
            done += batch.size();
        }
    }
}
