package com.shardsofeternity.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens: 256 random bits, handed to the client once and stored only as their SHA-256 digest,
 * so that a copy of the database holds no live token.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** A new token: 32 random bytes in url-safe base64 (43 characters). */
    public static String newToken() {
        return randomString(32);
    }

    /** A public, non-secret id for a session ({@code session_id} on the wire). */
    public static String newSessionId() {
        return randomString(16);
    }

    /** A random url-safe string of {@code bytes} random bytes. */
    public static String randomString(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return URL_SAFE.encodeToString(raw);
    }

    /** The hex SHA-256 digest under which a token is stored and looked up. */
    public static String digest(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", impossible);
        }
    }

    /** Whether a presented token has the shape of ours; anything else is rejected without a lookup. */
    public static boolean isWellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(Tokens::isUrlSafe);
    }

    private static boolean isUrlSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
