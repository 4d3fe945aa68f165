package com.shardsofeternity.client.p2p;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;

/**
 * Fernet tokens (version 0x80) under one key, byte-for-byte compatible with the specification and with
 * Python's {@code cryptography}.
 *
 * <p>A token is {@code base64url(0x80 || timestamp || iv || AES-128-CBC(plaintext) || HMAC-SHA256)}.
 * Decryption authenticates the whole token before anything else, so a forged token never reaches the
 * cipher and padding errors cannot become an oracle. Safe to share between threads: every call uses its
 * own {@link Cipher} and {@link Mac}.
 */
public final class Fernet {

    /** How far in the future a token's timestamp may lie, as in Python's {@code cryptography}. */
    private static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);

    private static final byte VERSION = (byte) 0x80;
    private static final int IV_LENGTH = 16;
    private static final int BLOCK_LENGTH = 16;
    private static final int MAC_LENGTH = 32;
    private static final int TIMESTAMP_OFFSET = 1;
    private static final int IV_OFFSET = TIMESTAMP_OFFSET + Long.BYTES;
    private static final int CIPHERTEXT_OFFSET = IV_OFFSET + IV_LENGTH;
    private static final int SHORTEST_TOKEN = CIPHERTEXT_OFFSET + BLOCK_LENGTH + MAC_LENGTH;

    private final FernetKey key;
    private final Clock clock;
    private final SecureRandom random;

    /** Fernet on the system clock with a fresh {@link SecureRandom} for IVs. */
    public Fernet(FernetKey key) {
        this(key, Clock.systemUTC(), new SecureRandom());
    }

    /** Fernet on the given clock, which stamps new tokens and judges the age of received ones. */
    public Fernet(FernetKey key, Clock clock, SecureRandom random) {
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A token of the plaintext, stamped now, under a random IV. */
    public String encrypt(byte[] plaintext) {
        byte[] iv = new byte[IV_LENGTH];
        random.nextBytes(iv);
        return encrypt(plaintext, clock.instant(), iv);
    }

    /**
     * A token with a chosen timestamp and IV, for the specification's fixed vectors. Not public: reusing
     * an IV under one key breaks CBC's confidentiality.
     */
    String encrypt(byte[] plaintext, Instant timestamp, byte[] iv) {
        Objects.requireNonNull(plaintext, "plaintext");
        if (iv.length != IV_LENGTH) {
            throw new IllegalArgumentException("the IV is " + IV_LENGTH + " bytes");
        }
        if (timestamp.getEpochSecond() < 0) {
            throw new IllegalArgumentException("Fernet timestamps start at the Unix epoch");
        }
        byte[] ciphertext = encryptBlocks(plaintext, iv);
        ByteBuffer token = ByteBuffer.allocate(CIPHERTEXT_OFFSET + ciphertext.length + MAC_LENGTH);
        token.put(VERSION).putLong(timestamp.getEpochSecond()).put(iv).put(ciphertext);
        token.put(mac(token.array(), token.position()));
        return Base64.getUrlEncoder().encodeToString(token.array());
    }

    /**
     * The plaintext of a token no older than {@code ttl}.
     *
     * @param token url-safe base64, padded or not
     * @param ttl the oldest token accepted; a token stamped more than 60 s in the future is refused too
     * @throws InvalidTokenException for every kind of bad token, always alike
     */
    public byte[] decrypt(String token, Duration ttl) throws InvalidTokenException {
        Objects.requireNonNull(token, "token");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("ttl must not be negative");
        }
        byte[] data = decodeBase64(token);
        if (!hasFernetShape(data) || !hasValidMac(data) || !isFresh(timestampOf(data), ttl)) {
            throw new InvalidTokenException();
        }
        byte[] iv = Arrays.copyOfRange(data, IV_OFFSET, CIPHERTEXT_OFFSET);
        int ciphertextLength = data.length - MAC_LENGTH - CIPHERTEXT_OFFSET;
        try {
            return cipher(Cipher.DECRYPT_MODE, iv).doFinal(data, CIPHERTEXT_OFFSET, ciphertextLength);
        } catch (BadPaddingException | IllegalBlockSizeException badPlaintext) {
            throw new InvalidTokenException();
        }
    }

    private static byte[] decodeBase64(String token) throws InvalidTokenException {
        try {
            return Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidTokenException();
        }
    }

    private static boolean hasFernetShape(byte[] data) {
        return data.length >= SHORTEST_TOKEN
                && (data.length - CIPHERTEXT_OFFSET - MAC_LENGTH) % BLOCK_LENGTH == 0
                && data[0] == VERSION;
    }

    private boolean hasValidMac(byte[] data) {
        int signedLength = data.length - MAC_LENGTH;
        byte[] received = Arrays.copyOfRange(data, signedLength, data.length);
        return MessageDigest.isEqual(mac(data, signedLength), received);
    }

    private static long timestampOf(byte[] data) {
        return ByteBuffer.wrap(data, TIMESTAMP_OFFSET, Long.BYTES).getLong();
    }

    /** Python's rule: refused if {@code timestamp + ttl < now} or {@code now + 60 < timestamp}. */
    private boolean isFresh(long timestamp, Duration ttl) {
        if (timestamp < 0) {
            return false; // an unsigned stamp beyond 2^63 s: far in the future
        }
        long now = clock.instant().getEpochSecond();
        Duration age = Duration.ofSeconds(now).minusSeconds(timestamp);
        return age.compareTo(ttl) <= 0 && age.negated().compareTo(MAX_CLOCK_SKEW) <= 0;
    }

    private byte[] mac(byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.signingKey());
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", missing);
        }
    }

    private Cipher cipher(int mode, byte[] iv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(mode, key.encryptionKey(), new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java platform provides AES/CBC/PKCS5Padding", missing);
        }
    }

    private byte[] encryptBlocks(byte[] plaintext, byte[] iv) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, iv).doFinal(plaintext);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("encrypting with padding cannot fail", impossible);
        }
    }
}
