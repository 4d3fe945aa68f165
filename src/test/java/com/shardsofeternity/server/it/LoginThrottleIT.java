package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.Api.PASSWORD;
import static com.shardsofeternity.server.it.Api.json;
import static com.shardsofeternity.server.it.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login throttling with the server's default limits: five failures within a minute lock a username, and
 * separately an address, for the rest of that minute.
 *
 * <p>The server sees every test's requests come from this machine, and it does not trust
 * {@code X-Forwarded-For} by default. Each login here that is meant to fail is therefore sent from a
 * loopback address of its own ({@link RawHttp#freshLoopbackAddress}): the locks these tests set hold
 * only addresses no other test uses, so they prove the defaults without refusing anyone else's login,
 * whatever order the test classes run in.
 */
@ExtendWith(ServerReady.class)
class LoginThrottleIT {

    private static final String LOGIN = "/api/auth/login";
    private static final int MAX_FAILURES = 5;

    private static RawHttp.Response login(InetAddress from, String username, String password) {
        return RawHttp.postJson(from, LOGIN, json("username", username, "password", password, "protocol_version", "1.0"));
    }

    private static void failOnce(InetAddress from, String username) {
        assertError(login(from, username, "wrong password " + username), 401, "AUTH_FAILED");
    }

    private static void assertThrottled(RawHttp.Response reply) {
        assertError(reply, 429, "RATE_LIMITED");
        assertThat(reply.header("Retry-After")).as("Retry-After").hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    }

    @Test
    void fiveFailuresForAUsernameLockItEvenFromOtherAddresses() {
        String username = Api.register(Api.uniqueName("locked_"));
        for (int i = 0; i < MAX_FAILURES; i++) {
            failOnce(RawHttp.freshLoopbackAddress(), username);
        }

        assertThrottled(login(RawHttp.freshLoopbackAddress(), username, PASSWORD));
        assertThrottled(login(RawHttp.freshLoopbackAddress(), username.toUpperCase(Locale.ROOT), PASSWORD));
    }

    @Test
    void fourFailuresForAUsernameStillLetTheRightPasswordIn() {
        String username = Api.register(Api.uniqueName("almost_"));
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            failOnce(RawHttp.freshLoopbackAddress(), username);
        }

        assertThat(login(RawHttp.freshLoopbackAddress(), username, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginForgetsTheUsernamesFailures() {
        String username = Api.register(Api.uniqueName("reset_"));
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            failOnce(RawHttp.freshLoopbackAddress(), username);
        }
        assertThat(login(RawHttp.freshLoopbackAddress(), username, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            failOnce(RawHttp.freshLoopbackAddress(), username);
        }

        assertThat(login(RawHttp.freshLoopbackAddress(), username, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void fiveFailuresFromAnAddressLockEveryLoginFromItButNoOtherAddress() {
        String username = Api.register(Api.uniqueName("victim_"));
        InetAddress attacker = RawHttp.freshLoopbackAddress();
        for (int i = 0; i < MAX_FAILURES; i++) {
            failOnce(attacker, Api.uniqueName("guess_"));
        }

        assertThrottled(login(attacker, username, PASSWORD));
        assertThat(login(RawHttp.freshLoopbackAddress(), username, PASSWORD).status()).isEqualTo(200);
    }
}
