package com.shardsofeternity.client.p2p;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 32-byte Fernet key: bytes 0–15 sign (HMAC-SHA256), bytes 16–31 encrypt (AES-128).
 *
 * <p>Its text form is url-safe base64 with padding, the form Python's {@code Fernet.generate_key()}
 * produces and the server sends as {@code session_key}. The key never appears in {@link #toString()},
 * so it cannot leak through a log line or an exception message.
 */
public final class FernetKey {

    /** Length of a Fernet key in bytes. */
    public static final int LENGTH = 32;

    private static final int HALF = LENGTH / 2;

    private final byte[] bytes;
    private final SecretKeySpec signingKey;
    private final SecretKeySpec encryptionKey;
    private final int hashCode;

    private FernetKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a Fernet key is " + LENGTH + " bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
        this.signingKey = new SecretKeySpec(this.bytes, 0, HALF, "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(this.bytes, HALF, HALF, "AES");
        this.hashCode = ByteBuffer.wrap(sha256(this.bytes)).getInt();
    }

    /** A key from its 32 raw bytes; the array is copied. */
    public static FernetKey of(byte[] bytes) {
        return new FernetKey(Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * A key from url-safe base64, padded or not.
     *
     * @throws IllegalArgumentException if the text is not url-safe base64 of 32 bytes; the message never
     *     repeats the text, which may be a real key
     */
    public static FernetKey fromBase64(String text) {
        Objects.requireNonNull(text, "text");
        byte[] decoded;
        try {
            decoded = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a Fernet key must be url-safe base64");
        }
        try {
            return new FernetKey(decoded);
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    /** A fresh random key. */
    public static FernetKey generate(SecureRandom random) {
        byte[] fresh = new byte[LENGTH];
        random.nextBytes(fresh);
        try {
            return new FernetKey(fresh);
        } finally {
            Arrays.fill(fresh, (byte) 0);
        }
    }

    /** The url-safe base64 form with padding, as Python's {@code cryptography} writes and reads it. */
    public String toBase64() {
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    /** A copy of the 32 raw bytes. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    SecretKeySpec signingKey() {
        return signingKey;
    }

    SecretKeySpec encryptionKey() {
        return encryptionKey;
    }

    /** Compares in constant time, so equality checks do not leak the key byte by byte. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FernetKey that && MessageDigest.isEqual(bytes, that.bytes);
    }

    /** Derived from a digest of the key, so a logged or exposed hash code says nothing about the key. */
    @Override
    public int hashCode() {
        return hashCode;
    }

    @Override
    public String toString() {
        return "FernetKey[redacted]";
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform provides SHA-256", missing);
        }
    }
}
