package com.shardsofeternity.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.limits.InMemoryRateCounter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final long T = 1_000_000_000;
    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final LoginThrottle throttle = new LoginThrottle(new InMemoryRateCounter(), 5, Duration.ofMinutes(1));

    @Test
    void fourFailuresDoNotLockAnything() {
        fail("alice", HOME, 4, T);

        assertThatCode(() -> throttle.check("alice", HOME, T + 5_000)).doesNotThrowAnyException();
    }

    @Test
    void fiveFailuresForAUsernameLockItFromEveryAddress() {
        fail("alice", HOME, 5, T);

        assertLocked("alice", ELSEWHERE, T + 5_000);
        assertThatCode(() -> throttle.check("bob", ELSEWHERE, T + 5_000)).doesNotThrowAnyException();
    }

    @Test
    void usernamesAreCountedWhateverTheirCase() {
        fail("Alice", HOME, 3, T);
        fail("ALICE", ELSEWHERE, 2, T);

        assertLocked("alice", "203.0.113.1", T + 5_000);
    }

    @Test
    void fiveFailuresFromAnAddressLockEveryUsernameFromIt() {
        for (String username : new String[] {"u1", "u2", "u3", "u4", "u5"}) {
            fail(username, HOME, 1, T);
        }

        assertLocked("zed", HOME, T + 1_000);
        assertThatCode(() -> throttle.check("zed", ELSEWHERE, T + 1_000)).doesNotThrowAnyException();
    }

    @Test
    void theLockLiftsOnceTheOldestFailureLeavesTheMinute() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice", HOME, T + 1_000L * i);
        }

        GameException locked = assertLocked("alice", HOME, T + 59_999);
        assertThat(locked.retryAfterSeconds()).isEqualTo(1);
        assertThatCode(() -> throttle.check("alice", HOME, T + 60_000)).doesNotThrowAnyException();
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUp() {
        fail("alice", HOME, 5, T);

        assertThat(assertLocked("alice", HOME, T + 1).retryAfterSeconds()).isEqualTo(60);
        assertThat(assertLocked("alice", HOME, T + 30_500).retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void aSuccessClearsTheUsernamesFailuresButNotTheAddresses() {
        fail("alice", HOME, 4, T);
        throttle.recordSuccess("ALICE");
        fail("alice", ELSEWHERE, 4, T + 1_000);

        assertThatCode(() -> throttle.check("alice", "203.0.113.1", T + 2_000)).doesNotThrowAnyException();
        fail("bob", HOME, 1, T + 2_000);
        assertLocked("carol", HOME, T + 3_000);
    }

    private void fail(String username, String address, int times, long at) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address, at);
        }
    }

    private GameException assertLocked(String username, String address, long at) {
        GameException[] refused = new GameException[1];
        assertThatThrownBy(() -> throttle.check(username, address, at)).isInstanceOfSatisfying(GameException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(e.retryAfterSeconds()).isPositive();
            refused[0] = e;
        });
        return refused[0];
    }
}
