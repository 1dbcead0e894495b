package cn.gov.talent.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** ID numbers at rest (ADR 0022): AES-GCM with the key id in front, a keyed hash beside, keys that rotate. */
class IdNumberCipherTest {

    private static final String NUMBER = "11010519491231002X";

    private static final String V1 = IdNumberCipher.newKey();
    private static final String V2 = IdNumberCipher.newKey();
    private static final String HASH_KEY = IdNumberCipher.newKey();

    private static IdNumberCipher cipher(String keyring, String current) {
        return IdNumberCipher.of(keyring, current, HASH_KEY);
    }

    private final IdNumberCipher v1 = cipher("v1:" + V1, "v1");

    @Test
    void aNumberComesBackAsItWentIn() {
        IdNumberCipher.Sealed sealed = v1.seal(" 11010519491231002x ");
        assertThat(v1.decrypt(sealed.cipher())).isEqualTo(NUMBER);
        assertThat(sealed.cipher()).startsWith("v1:").matches("v1:[A-Za-z0-9+/]+=*").doesNotContain(NUMBER);
        // 12 bytes of IV, 18 of number, 16 of tag
        assertThat(Base64.getDecoder().decode(sealed.cipher().substring(3))).hasSize(12 + 18 + 16);
        assertThat(v1.seal(null)).isNull();
        assertThat(v1.seal("  ")).isNull();
        assertThat(v1.decrypt(null)).isNull();
    }

    @Test
    void theSameNumberIsEncryptedDifferentlyEachTimeButHashesAlike() {
        IdNumberCipher.Sealed first = v1.seal(NUMBER);
        IdNumberCipher.Sealed second = v1.seal(NUMBER.toLowerCase());
        assertThat(first.cipher()).isNotEqualTo(second.cipher());
        assertThat(first.hash()).isEqualTo(second.hash()).isEqualTo(v1.hash(NUMBER))
                .doesNotContain(NUMBER).hasSize(44);
        assertThat(v1.hash("360102199003071236")).isNotEqualTo(first.hash());
        // another hash key, another hash: the hash cannot be recomputed without the key
        assertThat(IdNumberCipher.of("v1:" + V1, "v1", IdNumberCipher.newKey()).hash(NUMBER)).isNotEqualTo(first.hash());
    }

    @Test
    void anAlteredCiphertextIsRefused() {
        String stored = v1.encrypt(NUMBER);
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        for (int position : new int[] {0, 12, bytes.length - 1}) {
            byte[] altered = bytes.clone();
            altered[position] ^= 1;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(altered);
            assertThatThrownBy(() -> v1.decrypt(tampered)).as("byte %d flipped", position)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("authentication tag");
        }
        // cut short, or not base64, or no key id: not a ciphertext
        assertThatThrownBy(() -> v1.decrypt("v1:" + Base64.getEncoder().encodeToString(new byte[10])))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> v1.decrypt("v1:%%%")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> v1.decrypt(NUMBER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyIdIsBoundToTheCiphertext() {
        // two ids for the same key bytes: only the associated data tells them apart
        IdNumberCipher both = cipher("v1:" + V1 + ",v2:" + V1, "v1");
        String stored = both.encrypt(NUMBER);
        assertThat(both.decrypt(stored)).isEqualTo(NUMBER);
        // relabelled as the other id's: refused
        assertThatThrownBy(() -> both.decrypt("v2" + stored.substring(2))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWrongKeyIsRefused() {
        String stored = v1.encrypt(NUMBER);
        IdNumberCipher otherKeyUnderTheSameId = cipher("v1:" + V2, "v1");
        assertThatThrownBy(() -> otherKeyUnderTheSameId.decrypt(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("authentication tag");
        IdNumberCipher withoutThatKey = cipher("v2:" + V2, "v2");
        assertThatThrownBy(() -> withoutThatKey.decrypt(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("v1").hasMessageContaining("does not hold");
    }

    @Test
    void afterRotationTheOldKeyStillDecryptsAndReencryptionMovesToTheCurrentKey() {
        String old = v1.encrypt(NUMBER);
        IdNumberCipher rotated = cipher("v2:" + V2 + ",v1:" + V1, "v2");
        assertThat(rotated.currentKeyId()).isEqualTo("v2");
        assertThat(rotated.decrypt(old)).isEqualTo(NUMBER);
        assertThat(rotated.isCurrent(old)).isFalse();

        String moved = rotated.reencrypt(old);
        assertThat(IdNumberCipher.keyIdOf(moved)).isEqualTo("v2");
        assertThat(rotated.isCurrent(moved)).isTrue();
        assertThat(rotated.decrypt(moved)).isEqualTo(NUMBER);
        assertThat(rotated.reencrypt(moved)).isSameAs(moved);
        assertThat(rotated.encrypt(NUMBER)).startsWith("v2:");
        // the hash does not depend on the encryption key: look-ups keep working through a rotation
        assertThat(rotated.hash(NUMBER)).isEqualTo(v1.hash(NUMBER));
        // once v1 has left the keyring, what it encrypted can no longer be read
        assertThatThrownBy(() -> cipher("v2:" + V2, "v2").decrypt(old)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void masksAndTellsBirthDateAndSexWithoutGivingTheNumberOut() {
        String stored = v1.encrypt(NUMBER);
        assertThat(v1.masked(stored)).isEqualTo("1101**********002X");
        assertThat(v1.birthDate(stored)).contains(LocalDate.of(1949, 12, 31));
        assertThat(v1.isMale(stored)).contains(false);
        assertThat(v1.isMale(v1.encrypt("360102199003071236"))).contains(true);
        assertThat(v1.masked(null)).isEmpty();
        assertThat(v1.birthDate(null)).isEmpty();
        assertThat(v1.isMale(null)).isEmpty();
    }

    @Test
    void refusesAKeyringItCannotUse() {
        assertThatThrownBy(() -> cipher("v1:" + V1, "v2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the keyring");
        assertThatThrownBy(() -> cipher("v1:" + Base64.getEncoder().encodeToString(new byte[16]), "v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> cipher("v1:not base64!", "v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher("V1:" + V1, "V1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher("v1:" + V1 + ",v1:" + V2, "v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumberCipher.of("v1:" + V1, "v1", V1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hash key must differ");
        assertThatThrownBy(() -> IdNumberCipher.of("v1:" + V1, "v1", "")).isInstanceOf(IllegalArgumentException.class);
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("v1", Base64.getDecoder().decode(V1));
        assertThat(new IdNumberCipher(keys, "v1", Base64.getDecoder().decode(HASH_KEY)).keyIds()).containsExactly("v1");
    }
}
