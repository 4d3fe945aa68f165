package com.shardsofeternity.client.p2p;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplayGuardTest {

    private static final Fernet FERNET = new Fernet(FernetKey.generate(new SecureRandom()));

    private final ReplayGuard guard = new ReplayGuard(Duration.ofSeconds(120), 3);

    private static String token() {
        return FERNET.encrypt("message".getBytes(UTF_8));
    }

    @Test
    void aTokenIsNewOnceAndThenARepeat() {
        String token = token();

        assertThat(guard.firstSighting(token, 0)).isTrue();
        assertThat(guard.firstSighting(token, 1_000)).isFalse();
        assertThat(guard.firstSighting(token(), 1_000)).isTrue();
    }

    @Test
    void theSameTokenWithoutItsBase64PaddingIsStillARepeat() {
        String token = token();
        assertThat(token).endsWith("=");

        guard.firstSighting(token, 0);

        assertThat(guard.firstSighting(token.replace("=", ""), 1)).isFalse();
    }

    @Test
    void aTokenIsForgottenOnceItsWindowHasPassed() {
        String token = token();
        guard.firstSighting(token, 0);

        assertThat(guard.firstSighting(token, 120_000)).isFalse();
        assertThat(guard.firstSighting(token, 120_001)).isTrue();
    }

    @Test
    void beyondItsCapacityTheOldestDigestIsForgottenFirst() {
        String oldest = token();
        guard.firstSighting(oldest, 0);
        guard.firstSighting(token(), 1);
        guard.firstSighting(token(), 2);
        guard.firstSighting(token(), 3);

        assertThat(guard.size()).isEqualTo(3);
        assertThat(guard.firstSighting(oldest, 4)).isTrue();
    }
}
