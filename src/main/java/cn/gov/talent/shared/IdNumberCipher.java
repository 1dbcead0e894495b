package cn.gov.talent.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * 身份证号码 at rest (PIPL art. 28, GB/T 35273: sensitive personal information; ADR 0022). A number is
 * stored as two values: its ciphertext, AES-256-GCM under the current key of a keyring, written
 * {@code keyId:base64(iv | ciphertext | tag)} with the key id also bound as associated data, and a keyed
 * hash (HMAC-SHA256 under a separate key, base64) that finds a person by number and keeps one account
 * per number, since equal numbers give equal hashes and the ciphertexts differ every time.
 *
 * <p>Older keys stay in the keyring to decrypt what they encrypted; {@link #reencrypt} moves a ciphertext
 * to the current key (the start-up re-key step does it for every row). A ciphertext that was altered, or
 * that names a key the keyring does not have, is refused, never decrypted into something else.
 *
 * <p>The whole number leaves the server only where a page or export shows it whole (ADR 0022 lists
 * them); elsewhere it is decrypted in memory to be masked ({@link #masked}) or to tell a birth date or
 * a sex ({@link #birthDate}, {@link #isMale}).
 */
public final class IdNumberCipher {

    /** A number as stored: its ciphertext and its keyed hash. */
    public record Sealed(String cipher, String hash) {
    }

    /** What a key id may be: it starts every ciphertext, before the colon. */
    public static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,16}");

    private static final String AES = "AES/GCM/NoPadding";
    private static final String HMAC = "HmacSHA256";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKeySpec> keys;
    private final String currentKeyId;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys the keyring: key id to a 256-bit AES key; the current key and every key that encrypted a
     *        stored number
     * @param currentKeyId the key new numbers are encrypted with
     * @param hashKey the 256-bit key of the keyed hash, distinct from every encryption key
     */
    public IdNumberCipher(Map<String, byte[]> keys, String currentKeyId, byte[] hashKey) {
        var ring = new LinkedHashMap<String, SecretKeySpec>();
        keys.forEach((id, key) -> {
            if (id == null || !KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("A key id is 1 to 16 lower-case letters or digits: " + id);
            }
            ring.put(id, new SecretKeySpec(checkedLength(key, "key " + id), "AES"));
        });
        if (!ring.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("The current key " + currentKeyId + " is not in the keyring "
                    + ring.keySet());
        }
        byte[] hash = checkedLength(hashKey, "the hash key");
        for (var key : ring.entrySet()) {
            if (java.util.Arrays.equals(key.getValue().getEncoded(), hash)) {
                throw new IllegalArgumentException("The hash key must differ from every encryption key; it equals key "
                        + key.getKey());
            }
        }
        this.keys = Map.copyOf(ring);
        this.currentKeyId = currentKeyId;
        this.hashKey = new SecretKeySpec(hash, HMAC);
    }

    /**
     * A cipher from configuration text: {@code keyring} as {@code id:base64,id:base64} (each key 32 bytes in
     * base64), the current key's id, and the hash key in base64.
     */
    public static IdNumberCipher of(String keyring, String currentKeyId, String hashKey) {
        var keys = new LinkedHashMap<String, byte[]>();
        for (String entry : keyring == null ? new String[0] : keyring.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("A keyring entry is id:base64-key; one has no colon");
            }
            String id = entry.substring(0, colon).strip();
            if (keys.put(id, decodeKey(entry.substring(colon + 1), "key " + id)) != null) {
                throw new IllegalArgumentException("The keyring names key " + id + " twice");
            }
        }
        return new IdNumberCipher(keys, currentKeyId == null ? null : currentKeyId.strip(),
                decodeKey(hashKey, "the hash key"));
    }

    /** A new random 256-bit key in base64, for a keyring entry or the hash key. */
    public static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    /** The number (normalized: trimmed, a trailing x upper-cased) encrypted and hashed; null or blank gives null. */
    public Sealed seal(String idNumber) {
        String value = IdNumber.normalize(idNumber);
        return value == null || value.isEmpty() ? null : new Sealed(encrypt(value), hash(value));
    }

    /** The keyed hash of the normalized number, to look a person up by it; null or blank gives null. */
    public String hash(String idNumber) {
        String value = IdNumber.normalize(idNumber);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(hashKey);
            return Base64.getEncoder().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Encrypts under the current key: {@code keyId:base64(iv | ciphertext | tag)}. */
    public String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(AES);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The plaintext of a stored ciphertext; null gives null. Refused (IllegalStateException) when the
     * ciphertext is not one, names a key the keyring lacks, or fails its tag (altered, or another key).
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String keyId = keyIdOf(stored);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("An ID number is encrypted under key " + keyId
                    + ", which the keyring does not hold (" + keys.keySet() + ")");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(keyId.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A stored ID number is not a ciphertext", e);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("A stored ID number is not a ciphertext");
        }
        try {
            Cipher cipher = Cipher.getInstance(AES);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("A stored ID number fails its authentication tag under key " + keyId
                    + ": altered, or encrypted with another key of that id", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The key id a ciphertext names (the text before its colon). */
    public static String keyIdOf(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 1 || !KEY_ID.matcher(stored.substring(0, colon)).matches()) {
            throw new IllegalStateException("A stored ID number is not a ciphertext (no key id)");
        }
        return stored.substring(0, colon);
    }

    /** Whether a ciphertext is under the current key. */
    public boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(currentKeyId + ":");
    }

    /** The same plaintext under the current key; a ciphertext already under it is returned as it is. */
    public String reencrypt(String stored) {
        return stored == null || isCurrent(stored) ? stored : encrypt(decrypt(stored));
    }

    /** The stored number masked for a page ({@link Masking#idNumber}); null gives the empty text. */
    public String masked(String stored) {
        return Masking.idNumber(decrypt(stored));
    }

    /** The birth date the stored number holds, if it holds one. */
    public Optional<LocalDate> birthDate(String stored) {
        return IdNumber.birthDate(decrypt(stored));
    }

    /** Whether the stored number is a man's (odd 17th digit); empty when there is none. */
    public Optional<Boolean> isMale(String stored) {
        String value = decrypt(stored);
        return value == null || value.length() != 18 ? Optional.empty() : Optional.of(IdNumber.isMale(value));
    }

    private static byte[] decodeKey(String base64, String what) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64", e);
        }
    }

    private static byte[] checkedLength(byte[] key, String what) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(what + " must be " + KEY_BYTES + " bytes (256 bits), base64-encoded");
        }
        return key.clone();
    }
}
