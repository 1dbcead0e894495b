package cn.gov.talent.infrastructure;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.IdNumberCipher;

/**
 * Migration V27.1 (ADR 0022): encrypts and hashes the ID numbers stored in plaintext up to V27, in
 * Flyway's transaction, between V27 (which adds the ciphertext and hash columns) and V27_2 (which drops
 * the plaintext columns and indexes the hashes). It is code because it needs the key: Spring Boot hands
 * every {@link JavaMigration} bean to Flyway, so it runs with the configured {@link IdNumberCipher}. On a
 * new database there is nothing to encrypt; either way the schema ends the same.
 */
@Component
class EncryptIdNumbersMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(EncryptIdNumbersMigration.class);

    private final IdNumberCipher cipher;

    EncryptIdNumbersMigration(IdNumberCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("27.1");
    }

    @Override
    public String getDescription() {
        return "encrypt id numbers";
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
        for (IdNumberColumns columns : IdNumberColumns.ALL) {
            int encrypted = columns.encryptPlaintext(context.getConnection(), cipher);
            if (encrypted > 0) {
                log.info("Encrypted {} ID numbers in {} under key {}", encrypted, columns.table(),
                        cipher.currentKeyId());
            }
        }
    }
}
