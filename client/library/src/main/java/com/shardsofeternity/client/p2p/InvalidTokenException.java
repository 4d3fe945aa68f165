package com.shardsofeternity.client.p2p;

/**
 * A Fernet token was refused.
 *
 * <p>Every refusal — bad base64, wrong version or length, forged or tampered MAC, expired, from the
 * future, bad padding — looks the same: one message, no cause and no stack trace. A peer that learns
 * which check failed has an oracle; one that only learns "refused" has nothing to probe. Skipping the
 * stack trace also keeps a flood of forged frames cheap to drop.
 */
public final class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    static final String MESSAGE = "invalid Fernet token";

    InvalidTokenException() {
        super(MESSAGE, null, false, false);
    }
}
