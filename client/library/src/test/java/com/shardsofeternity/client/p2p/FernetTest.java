package com.shardsofeternity.client.p2p;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FernetTest {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final Instant STAMPED = Instant.parse("2025-06-01T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FernetKey key = FernetKey.generate(RANDOM);
    private final Fernet sender = fernetAt(STAMPED);

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 15, 16, 17, 31, 32, 1000, 65_536})
    void plaintextsOfEveryLengthSurviveTheRoundTrip(int length) throws InvalidTokenException {
        byte[] plaintext = randomBytes(length);

        byte[] decrypted = sender.decrypt(sender.encrypt(plaintext), TTL);

        assertThat(decrypted).isEqualTo(plaintext);
    }

    @Test
    void tokensArePaddedUrlSafeBase64() {
        String token = sender.encrypt(randomBytes(100));

        int tokenBytes = 1 + 8 + 16 + 112 + 32; // version, timestamp, IV, 100 bytes padded to 7 blocks, MAC
        assertThat(token).matches("[A-Za-z0-9_-]+=*").hasSize(4 * ((tokenBytes + 2) / 3));
    }

    @Test
    void encryptingTheSamePlaintextTwiceGivesDifferentTokens() {
        byte[] plaintext = "same".getBytes(UTF_8);

        assertThat(sender.encrypt(plaintext)).isNotEqualTo(sender.encrypt(plaintext));
    }

    @Test
    void everyFlippedBitOfATokenIsRefused() {
        byte[] token = decode(sender.encrypt("hello, peer".getBytes(UTF_8)));

        for (int position = 0; position < token.length; position++) {
            for (int bit = 0; bit < Byte.SIZE; bit++) {
                byte[] tampered = token.clone();
                tampered[position] ^= (byte) (1 << bit);
                assertRefused(sender, encode(tampered));
            }
        }
    }

    @Test
    void truncatedOrExtendedTokensAreRefused() {
        byte[] token = decode(sender.encrypt("hello, peer".getBytes(UTF_8)));

        for (int length = 0; length < token.length; length++) {
            assertRefused(sender, encode(Arrays.copyOf(token, length)));
        }
        assertRefused(sender, encode(Arrays.copyOf(token, token.length + 1)));
        assertRefused(sender, encode(Arrays.copyOf(token, token.length + 16)));
    }

    @Test
    void aTokenUnderAnotherKeyIsRefused() {
        Fernet stranger = new Fernet(FernetKey.generate(RANDOM), Clock.fixed(STAMPED, ZoneOffset.UTC), RANDOM);

        assertRefused(stranger, sender.encrypt("secret".getBytes(UTF_8)));
    }

    @Test
    void aTokenExactlyTtlOldIsAccepted() throws InvalidTokenException {
        String token = sender.encrypt("fresh".getBytes(UTF_8));

        assertThat(fernetAt(STAMPED.plus(TTL)).decrypt(token, TTL)).asString(UTF_8).isEqualTo("fresh");
    }

    @Test
    void aTokenOneSecondPastItsTtlIsRefused() {
        String token = sender.encrypt("stale".getBytes(UTF_8));

        assertRefused(fernetAt(STAMPED.plus(TTL).plusSeconds(1)), token);
    }

    @Test
    void aTokenFromSixtySecondsInTheFutureIsAccepted() throws InvalidTokenException {
        String token = sender.encrypt("early".getBytes(UTF_8));

        assertThat(fernetAt(STAMPED.minusSeconds(60)).decrypt(token, TTL)).asString(UTF_8).isEqualTo("early");
    }

    @Test
    void aTokenFromMoreThanSixtySecondsInTheFutureIsRefusedWhateverTheTtl() {
        String token = sender.encrypt("too early".getBytes(UTF_8));

        assertRefused(fernetAt(STAMPED.minusSeconds(61)), token, Duration.ofDays(365));
    }

    @Test
    void aSignedTokenStampedBeyondTwoToTheSixtyThreeSecondsIsRefusedWhateverTheTtl() {
        byte[] token = decode(sender.encrypt("far future".getBytes(UTF_8)));
        ByteBuffer.wrap(token).putLong(1, -1L);

        assertRefused(sender, encode(signed(token)), Duration.ofSeconds(Long.MAX_VALUE));
    }

    @Test
    void aSignedTokenWithAnotherVersionIsRefused() {
        byte[] token = decode(sender.encrypt("version".getBytes(UTF_8)));
        token[0] = (byte) 0x81;

        assertRefused(sender, encode(signed(token)));
    }

    @Test
    void aSignedTokenWhoseCiphertextIsNotWholeBlocksIsRefused() {
        byte[] token = decode(sender.encrypt("blocks".getBytes(UTF_8)));
        byte[] oneByteShort = new byte[token.length - 1];
        System.arraycopy(token, 0, oneByteShort, 0, token.length - 33);

        assertRefused(sender, encode(signed(oneByteShort)));
    }

    @Test
    void aTokenWithoutBase64PaddingIsAccepted() throws InvalidTokenException {
        String token = sender.encrypt("no padding".getBytes(UTF_8));
        assertThat(token).endsWith("=");

        assertThat(sender.decrypt(token.replace("=", ""), TTL)).asString(UTF_8).isEqualTo("no padding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "=", "gAAAA", "%%%%", "not a token at all", "gAAAAAAdwJ6w\nAAECAwQF"})
    void garbageIsRefusedLikeAnyOtherBadToken(String garbage) {
        assertRefused(sender, garbage);
    }

    @Test
    void aNegativeTtlIsAProgrammingError() {
        String token = sender.encrypt(new byte[0]);

        assertThatThrownBy(() -> sender.decrypt(token, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneInstanceServesManyThreadsAtOnce() throws Exception {
        Fernet shared = new Fernet(key);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> workers = new ArrayList<>();
            for (int worker = 0; worker < 8; worker++) {
                workers.add(() -> {
                    for (int round = 0; round < 300; round++) {
                        byte[] plaintext = randomBytes(round);
                        if (!Arrays.equals(shared.decrypt(shared.encrypt(plaintext), TTL), plaintext)) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> outcome : pool.invokeAll(workers)) {
                assertThat(outcome.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Fernet fernetAt(Instant now) {
        return new Fernet(key, Clock.fixed(now, ZoneOffset.UTC), RANDOM);
    }

    /** Replaces the MAC, to show that checks after the MAC refuse what a key holder could still sign. */
    private byte[] signed(byte[] token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.signingKey());
            mac.update(token, 0, token.length - 32);
            mac.doFinal(token, token.length - 32);
            return token;
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    private static void assertRefused(Fernet fernet, String token) {
        assertRefused(fernet, token, TTL);
    }

    private static void assertRefused(Fernet fernet, String token, Duration ttl) {
        assertThatThrownBy(() -> fernet.decrypt(token, ttl))
                .isExactlyInstanceOf(InvalidTokenException.class)
                .hasMessage(InvalidTokenException.MESSAGE)
                .hasNoCause();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] decode(String token) {
        return Base64.getUrlDecoder().decode(token);
    }

    private static String encode(byte[] token) {
        return Base64.getUrlEncoder().encodeToString(token);
    }
}
