package com.shardsofeternity.client.p2p;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The Fernet key peers use when no server brokers one: PBKDF2-HMAC-SHA256 of the shared
 * {@code ENCRYPTION_KEY} with the application salt, 100,000 iterations, 32 bytes (PROTOCOL.md, "Peer to
 * peer").
 *
 * <p>The iterations make each derivation cost tens of milliseconds on purpose, to slow down guessing a
 * weak secret. A process has one secret, so the key of the last secret derived is remembered (under a
 * digest of the secret, not the secret itself) and asking again costs nothing.
 */
public final class SharedSecretKeys {

    /** The application salt, as UTF-8 bytes. */
    public static final String SALT = "shards-of-eternity-p2p-v1";

    /** PBKDF2 iterations for the shared secret. */
    public static final int ITERATIONS = 100_000;

    private static final AtomicReference<DerivedKey> lastDerived = new AtomicReference<>();

    private SharedSecretKeys() {
    }

    /** The Fernet key for a shared secret, taken as UTF-8. */
    public static FernetKey fromSecret(String secret) {
        return fromSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The Fernet key for a shared secret given as raw bytes. */
    public static FernetKey fromSecret(byte[] secret) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("the shared secret must not be empty");
        }
        byte[] secretDigest = sha256(secret);
        DerivedKey remembered = lastDerived.get();
        if (remembered != null && MessageDigest.isEqual(remembered.secretDigest(), secretDigest)) {
            return remembered.key();
        }
        byte[] keyBytes = pbkdf2HmacSha256(
                secret, SALT.getBytes(StandardCharsets.UTF_8), ITERATIONS, FernetKey.LENGTH);
        try {
            FernetKey key = FernetKey.of(keyBytes);
            lastDerived.set(new DerivedKey(secretDigest, key));
            return key;
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
        }
    }

    /**
     * PBKDF2 (RFC 8018) with HMAC-SHA256 over a password of arbitrary bytes. The JDK's
     * {@code PBKDF2WithHmacSHA256} takes the password as {@code char[]} and cannot express every byte
     * string, so Bouncy Castle's generator does the work.
     *
     * @param length the derived key's length in bytes
     */
    public static byte[] pbkdf2HmacSha256(byte[] password, byte[] salt, int iterations, int length) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(salt, "salt");
        if (iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 needs at least one iteration");
        }
        if (length < 1 || length > Integer.MAX_VALUE / Byte.SIZE) {
            throw new IllegalArgumentException("derived key length out of range: " + length);
        }
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
        generator.init(password, salt, iterations);
        return ((KeyParameter) generator.generateDerivedParameters(length * Byte.SIZE)).getKey();
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform provides SHA-256", missing);
        }
    }

    private record DerivedKey(byte[] secretDigest, FernetKey key) {
    }
}
