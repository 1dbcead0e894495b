package cn.gov.talent.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import cn.gov.talent.shared.IdNumberCipher;

/**
 * The keys that protect ID numbers at rest (ADR 0022): {@code talent.pii.keys} (the keyring,
 * {@code id:base64,id:base64}), {@code talent.pii.current-key} (the id new numbers are encrypted with) and
 * {@code talent.pii.hash-key} (the keyed hash's key). Outside production, application.properties sets the
 * documented development keys, so a fresh machine runs as the README says. The {@code prod} profile takes
 * them from TALENT_PII_KEYS, TALENT_PII_CURRENT_KEY and TALENT_PII_HASH_KEY and refuses to start without
 * them, or with a development key.
 */
@Configuration(proxyBeanMethods = false)
class IdNumberCipherConfiguration {

    /** The development encryption key of application.properties (key id dev): public, never for production. */
    static final String DEVELOPMENT_KEY = "7u3rozv+bDiDOS6Wn7dNxAM6wLxqvuwj8ImnI0iRU64=";

    /** The development hash key of application.properties: public, never for production. */
    static final String DEVELOPMENT_HASH_KEY = "wxhgeLedzaN9suwwZb46RrfeYHrxwkSXplT8fj0mmp4=";

    private static final Logger log = LoggerFactory.getLogger(IdNumberCipherConfiguration.class);

    @Bean
    IdNumberCipher idNumberCipher(@Value("${talent.pii.keys:}") String keys,
            @Value("${talent.pii.current-key:}") String currentKey, @Value("${talent.pii.hash-key:}") String hashKey,
            Environment environment) {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        if (keys.isBlank() || currentKey.isBlank() || hashKey.isBlank()) {
            throw new IllegalStateException("ID numbers are stored encrypted and need their keys: set "
                    + "TALENT_PII_KEYS (talent.pii.keys, the keyring as id:base64-key pairs separated by commas), "
                    + "TALENT_PII_CURRENT_KEY (talent.pii.current-key, the id of the key that encrypts) and "
                    + "TALENT_PII_HASH_KEY (talent.pii.hash-key, base64). Each key is 32 random bytes in base64, "
                    + "e.g. from: openssl rand -base64 32. See docs/decisions/0022-id-numbers-encrypted-at-rest.md.");
        }
        boolean development = keys.contains(DEVELOPMENT_KEY) || hashKey.strip().equals(DEVELOPMENT_HASH_KEY);
        if (prod && development) {
            throw new IllegalStateException("The prod profile refuses the development keys of application.properties, "
                    + "which are public: set TALENT_PII_KEYS and TALENT_PII_HASH_KEY to keys of your own "
                    + "(openssl rand -base64 32). See docs/decisions/0022-id-numbers-encrypted-at-rest.md.");
        }
        IdNumberCipher cipher;
        try {
            cipher = IdNumberCipher.of(keys, currentKey, hashKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The ID-number keys (talent.pii.*) are not usable: " + e.getMessage(), e);
        }
        if (development) {
            log.info("ID numbers are encrypted with the development keys of application.properties (not for production)");
        }
        return cipher;
    }
}
