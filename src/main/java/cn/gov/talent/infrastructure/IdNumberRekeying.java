package cn.gov.talent.infrastructure;

import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.IdNumberCipher;

/**
 * The re-encryption path of key rotation (ADR 0022): after Flyway's migrations at every start, before the
 * application serves anything, every ID number encrypted under a key other than the current one is
 * encrypted again under the current key and hashed again, in one transaction; and when the hash key has
 * changed (the first stored number's hash no longer matches), every number is hashed again. Old keys stay
 * in the keyring until a start has re-encrypted what they held. Finding nothing to do costs two queries
 * and one decryption per table. When any number was hashed again, the copies of hashes other tables keep
 * (the talent record's, ADR 0030) are taken again from their source.
 */
@Component
class IdNumberRekeying implements Callback {

    private static final Logger log = LoggerFactory.getLogger(IdNumberRekeying.class);

    private final IdNumberCipher cipher;

    IdNumberRekeying(IdNumberCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            int changed = 0;
            for (IdNumberColumns columns : IdNumberColumns.ALL) {
                int moved = columns.reencrypt(context.getConnection(), cipher);
                if (moved > 0) {
                    log.info("Re-encrypted {} ID numbers in {} under key {}", moved, columns.table(),
                            cipher.currentKeyId());
                }
                int rehashed = columns.rehashIfStale(context.getConnection(), cipher);
                if (rehashed > 0) {
                    log.info("The hash key has changed: hashed {} ID numbers in {} again", rehashed, columns.table());
                }
                changed += moved + rehashed;
            }
            if (changed > 0) {
                int copied = IdNumberColumns.copyHashes(context.getConnection());
                if (copied > 0) {
                    log.info("Copied {} hashes of ID numbers again to the tables that keep a copy", copied);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Re-encrypting the ID numbers under key " + cipher.currentKeyId()
                    + " failed; nothing was changed", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "id-number-rekeying";
    }
}
