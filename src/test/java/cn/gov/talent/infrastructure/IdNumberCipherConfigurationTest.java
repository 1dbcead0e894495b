package cn.gov.talent.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import cn.gov.talent.shared.IdNumberCipher;

/** The ID-number keys (ADR 0022): the development keys while developing; the prod profile needs its own. */
class IdNumberCipherConfigurationTest {

    private static final String DEV_KEYRING = "dev:" + IdNumberCipherConfiguration.DEVELOPMENT_KEY;

    private final IdNumberCipherConfiguration configuration = new IdNumberCipherConfiguration();

    private static MockEnvironment prod() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        return prod;
    }

    @Test
    void theDevelopmentKeysWorkOutsideProd() {
        IdNumberCipher cipher = configuration.idNumberCipher(DEV_KEYRING, "dev",
                IdNumberCipherConfiguration.DEVELOPMENT_HASH_KEY, new MockEnvironment());
        assertThat(cipher.currentKeyId()).isEqualTo("dev");
        assertThat(cipher.decrypt(cipher.encrypt("360102199003071236"))).isEqualTo("360102199003071236");
    }

    @Test
    void prodRefusesToStartWithoutKeys() {
        assertThatThrownBy(() -> configuration.idNumberCipher("", "", "", prod()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TALENT_PII_KEYS")
                .hasMessageContaining("TALENT_PII_CURRENT_KEY").hasMessageContaining("TALENT_PII_HASH_KEY");
        assertThatThrownBy(() -> configuration.idNumberCipher("v1:" + IdNumberCipher.newKey(), "v1", " ", prod()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TALENT_PII_HASH_KEY");
    }

    @Test
    void prodRefusesTheDevelopmentKeys() {
        String own = IdNumberCipher.newKey();
        assertThatThrownBy(() -> configuration.idNumberCipher(DEV_KEYRING, "dev", own, prod()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("development keys");
        assertThatThrownBy(() -> configuration.idNumberCipher("v1:" + own, "v1",
                IdNumberCipherConfiguration.DEVELOPMENT_HASH_KEY, prod()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("development keys");
        // an old development keyring entry kept beside a production key is refused too
        assertThatThrownBy(() -> configuration.idNumberCipher("v1:" + own + "," + DEV_KEYRING, "v1",
                IdNumberCipher.newKey(), prod())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void prodStartsWithKeysOfItsOwn() {
        IdNumberCipher cipher = configuration.idNumberCipher("v2:" + IdNumberCipher.newKey() + ",v1:"
                + IdNumberCipher.newKey(), "v2", IdNumberCipher.newKey(), prod());
        assertThat(cipher.currentKeyId()).isEqualTo("v2");
        assertThat(cipher.keyIds()).containsExactlyInAnyOrder("v1", "v2");
    }

    @Test
    void unusableKeysAreNamed() {
        assertThatThrownBy(() -> configuration.idNumberCipher("v1:short", "v1", IdNumberCipher.newKey(), prod()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("talent.pii");
        assertThatThrownBy(() -> configuration.idNumberCipher("v1:" + IdNumberCipher.newKey(), "v9",
                IdNumberCipher.newKey(), prod())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("v9");
    }
}
