package com.shardsofeternity.server.auth;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.limits.RateCounter;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows password guessing: after {@code maxFailures} failed logins within the window for a username,
 * or separately for a client address, every login for it is refused until the window has passed; a
 * success clears the username's failures.
 */
public class LoginThrottle {

    private final RateCounter counter;
    private final int maxFailures;
    private final Duration window;

    public LoginThrottle(RateCounter counter, int maxFailures, Duration window) {
        this.counter = counter;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Throws {@code RATE_LIMITED} with a retry-after when the username or the address is locked. */
    public void check(String username, String address, long nowMillis) {
        long wait = Math.max(
                counter.millisUntilBelow(userKey(username), maxFailures, window, nowMillis),
                counter.millisUntilBelow(addressKey(address), maxFailures, window, nowMillis));
        if (wait > 0) {
            throw new GameException(ErrorCode.RATE_LIMITED,
                    "too many failed logins; wait before trying again", (wait + 999) / 1000);
        }
    }

    public void recordFailure(String username, String address, long nowMillis) {
        counter.record(userKey(username), window, nowMillis);
        counter.record(addressKey(address), window, nowMillis);
    }

    public void recordSuccess(String username) {
        counter.reset(userKey(username));
    }

    private static String userKey(String username) {
        return "login:user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "login:addr:" + address;
    }
}
