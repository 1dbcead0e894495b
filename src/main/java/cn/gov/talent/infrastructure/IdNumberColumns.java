package cn.gov.talent.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.gov.talent.shared.IdNumberCipher;

/**
 * Where ID numbers are stored (ADR 0022): each table's ciphertext and keyed-hash columns, and the plaintext
 * column it had up to V27 (dropped by V27_2). The migration that encrypted the plaintext and the re-key
 * step both walk these rows, a thousand at a time in the order of their ids, on the connection and in the
 * transaction they are given.
 */
record IdNumberColumns(String table, String plaintext, String cipherColumn, String hashColumn) {

    static final List<IdNumberColumns> ALL = List.of(
            new IdNumberColumns("app_user", "id_number", "id_number_cipher", "id_number_hash"),
            new IdNumberColumns("application", "applicant_id_number", "applicant_id_number_cipher",
                    "applicant_id_number_hash"));

    private static final int BATCH = 1000;

    /**
     * Tables that keep a copy of a hash, not a number of their own: the talent record copies its
     * application's hash (the 人选信息库's look-up by number, ADR 0030). Run after the numbers were hashed again.
     */
    static final List<String> HASH_COPIES = List.of("""
            update talent_record t set id_hash = a.applicant_id_number_hash from application a
             where a.id = t.application_id and t.id_hash is distinct from a.applicant_id_number_hash""");

    /** Encrypts and hashes every plaintext number not yet encrypted; returns how many. */
    int encryptPlaintext(Connection connection, IdNumberCipher cipher) throws SQLException {
        return walk(connection, cipher, "select id, " + plaintext + " from " + table + " where " + plaintext
                + " is not null and " + cipherColumn + " is null and id > ? order by id limit " + BATCH, null,
                UnaryOperator.identity());
    }

    /**
     * Re-encrypts under the current key, and hashes again with the current hash key, every number encrypted
     * under another key of the keyring; returns how many.
     */
    int reencrypt(Connection connection, IdNumberCipher cipher) throws SQLException {
        return walk(connection, cipher, "select id, " + cipherColumn + " from " + table + " where " + cipherColumn
                + " is not null and " + cipherColumn + " not like ? and id > ? order by id limit " + BATCH,
                cipher.currentKeyId() + ":%", cipher::decrypt);
    }

    /**
     * Hashes every number again when the hash key has changed, which the first stored number tells (its hash
     * under the current key differs from the stored one); returns how many.
     */
    int rehashIfStale(Connection connection, IdNumberCipher cipher) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select " + cipherColumn + ", " + hashColumn
                + " from " + table + " where " + cipherColumn + " is not null order by id limit 1");
                ResultSet first = read.executeQuery()) {
            if (!first.next() || cipher.hash(cipher.decrypt(first.getString(1))).equals(first.getString(2))) {
                return 0;
            }
        }
        return walk(connection, cipher, "select id, " + cipherColumn + " from " + table + " where " + cipherColumn
                + " is not null and id > ? order by id limit " + BATCH, null, cipher::decrypt);
    }

    /** Takes every copied hash again from its source ({@link #HASH_COPIES}); returns how many rows changed. */
    static int copyHashes(Connection connection) throws SQLException {
        int copied = 0;
        for (String copy : HASH_COPIES) {
            try (PreparedStatement update = connection.prepareStatement(copy)) {
                copied += update.executeUpdate();
            }
        }
        return copied;
    }

    /** Reads a batch after the last id seen, writes each row's new ciphertext and hash, until none is left. */
    private int walk(Connection connection, IdNumberCipher cipher, String select, String notLike,
            UnaryOperator<String> plaintextOf) throws SQLException {
        String update = "update " + table + " set " + cipherColumn + " = ?, " + hashColumn + " = ? where id = ?";
        int done = 0;
        long after = 0;
        while (true) {
            Map<Long, String> batch = new LinkedHashMap<>();
            try (PreparedStatement read = connection.prepareStatement(select)) {
                int parameter = 1;
                if (notLike != null) {
                    read.setString(parameter++, notLike);
                }
                read.setLong(parameter, after);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        batch.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
            if (batch.isEmpty()) {
                return done;
            }
            try (PreparedStatement write = connection.prepareStatement(update)) {
                for (var row : batch.entrySet()) {
                    IdNumberCipher.Sealed sealed = cipher.seal(plaintextOf.apply(row.getValue()));
                    write.setString(1, sealed == null ? null : sealed.cipher());
                    write.setString(2, sealed == null ? null : sealed.hash());
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
