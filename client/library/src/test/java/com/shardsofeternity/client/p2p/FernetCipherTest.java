package com.shardsofeternity.client.p2p;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FernetCipherTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FernetKey key = FernetKey.generate(RANDOM);
    private final P2pStats stats = new P2pStats();
    private final FernetCipher receiver = cipherAt(NOW, new ReplayGuard(Duration.ofMinutes(2), 100));

    private FernetCipher cipherAt(Instant now, ReplayGuard guard) {
        return new FernetCipher(key, guard, stats, Clock.fixed(now, ZoneOffset.UTC));
    }

    private String sentAt(Instant when, String message) {
        return cipherAt(when, new ReplayGuard(Duration.ofMinutes(2), 100)).seal(message);
    }

    @Test
    void aFrameSealedByThePeerOpensToItsMessage() {
        assertThat(receiver.open(sentAt(NOW, "{\"type\":\"chat\"}"))).contains("{\"type\":\"chat\"}");
        assertThat(stats.invalidTokens() + stats.staleTokens() + stats.replayedTokens()).isZero();
    }

    @Test
    void aTokenSixtySecondsOldIsAcceptedAndOneSecondOlderIsCountedStale() {
        assertThat(receiver.open(sentAt(NOW.minusSeconds(60), "just in time"))).isPresent();

        assertThat(receiver.open(sentAt(NOW.minusSeconds(61), "too late"))).isEmpty();
        assertThat(stats.staleTokens()).isEqualTo(1);
        assertThat(stats.invalidTokens()).isZero();
    }

    @Test
    void aTokenUnderAnotherKeyIsCountedInvalidNotStale() {
        FernetCipher stranger = new FernetCipher(FernetKey.generate(RANDOM), new ReplayGuard(Duration.ofMinutes(2), 100),
                new P2pStats(), Clock.fixed(NOW.minusSeconds(600), ZoneOffset.UTC));

        assertThat(receiver.open(stranger.seal("forged"))).isEmpty();
        assertThat(stats.invalidTokens()).isEqualTo(1);
        assertThat(stats.staleTokens()).isZero();
    }

    @Test
    void aFrameOpenedOnceIsCountedAsAReplayTheSecondTime() {
        String frame = sentAt(NOW, "once");
        receiver.open(frame);

        assertThat(receiver.open(frame)).isEmpty();
        assertThat(stats.replayedTokens()).isEqualTo(1);
    }

    @Test
    void aFrameThisEndSealedIsNotTakenFromThePeer() {
        String reflected = receiver.seal("said by me");

        assertThat(receiver.open(reflected)).isEmpty();
        assertThat(stats.replayedTokens()).isEqualTo(1);
    }

    @Test
    void sealedFramesAreTokensNotTheMessage() {
        String frame = receiver.seal("{\"type\":\"chat\",\"content\":\"secret plans\"}");

        assertThat(frame).startsWith("gAAAAA").doesNotContain("secret");
        assertThat(new String(Base64.getUrlDecoder().decode(frame), UTF_8)).doesNotContain("secret");
    }
}
