package com.shardsofeternity.server.p2p;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of one introduction: a Fernet key for the pair (32 random bytes, url-safe base64 with
 * padding, as Python's {@code Fernet.generate_key()} writes it) and a one-time ticket (256 random bits).
 */
@ApplicationScoped
public class PeerSecrets {

    private static final int KEY_BYTES = 32;
    private static final int TICKET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    String newSessionKey() {
        return Base64.getUrlEncoder().encodeToString(randomBytes(KEY_BYTES));
    }

    String newTicket() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(TICKET_BYTES));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
