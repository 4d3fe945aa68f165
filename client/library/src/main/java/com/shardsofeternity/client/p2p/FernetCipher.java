package com.shardsofeternity.client.p2p;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Frames as Fernet tokens under the pair's key (PROTOCOL.md, "Peer to peer"). A frame is dropped and
 * counted when it is not a valid token ({@link P2pStats#invalidTokens()}), when it is older than the
 * 60 s TTL ({@link P2pStats#staleTokens()}), or when the {@link ReplayGuard} has seen it before
 * ({@link P2pStats#replayedTokens()}).
 *
 * <p>Both directions of a link share one key, so the tokens this end sends go into the replay guard too:
 * a frame reflected back at its sender is dropped as a replay instead of being taken for the peer's.
 */
final class FernetCipher implements PeerCipher {

    /** How old a token may be: PROTOCOL.md's 60 s. */
    static final Duration TOKEN_TTL = Duration.ofSeconds(60);
    /** Accepts any age, to tell a stale token from a bad one after the TTL check refused it. */
    private static final Duration ANY_AGE = Duration.ofSeconds(Long.MAX_VALUE);

    private final Fernet fernet;
    private final ReplayGuard seen;
    private final P2pStats stats;
    private final Clock clock;

    FernetCipher(FernetKey key, ReplayGuard seen, P2pStats stats, Clock clock) {
        this.fernet = new Fernet(key, clock, new SecureRandom());
        this.seen = seen;
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public String seal(String message) {
        String token = fernet.encrypt(message.getBytes(UTF_8));
        seen.firstSighting(token, clock.millis());
        return token;
    }

    @Override
    public Optional<String> open(String frame) {
        byte[] plaintext;
        try {
            plaintext = fernet.decrypt(frame, TOKEN_TTL);
        } catch (InvalidTokenException refused) {
            if (isValidAtAnyAge(frame)) {
                stats.countStaleToken();
            } else {
                stats.countInvalidToken();
            }
            return Optional.empty();
        }
        if (!seen.firstSighting(frame, clock.millis())) {
            stats.countReplayedToken();
            return Optional.empty();
        }
        return Optional.of(new String(plaintext, UTF_8));
    }

    @Override
    public boolean encrypted() {
        return true;
    }

    private boolean isValidAtAnyAge(String frame) {
        try {
            fernet.decrypt(frame, ANY_AGE);
            return true;
        } catch (InvalidTokenException stillRefused) {
            return false;
        }
    }
}
