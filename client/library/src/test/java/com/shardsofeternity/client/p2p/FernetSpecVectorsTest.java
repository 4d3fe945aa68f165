package com.shardsofeternity.client.p2p;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The test vectors of the Fernet specification (fernet/spec). */
class FernetSpecVectorsTest {

    static Stream<Arguments> generateVectors() {
        return vectors("fernet-spec/generate.json");
    }

    static Stream<Arguments> verifyVectors() {
        return vectors("fernet-spec/verify.json");
    }

    static Stream<Arguments> invalidVectors() {
        return vectors("fernet-spec/invalid.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generateVectors")
    void fixedTimeAndIvGiveExactlyTheSpecToken(String name, JsonObject vector) {
        byte[] iv = new byte[16];
        for (int i = 0; i < iv.length; i++) {
            iv[i] = (byte) vector.getJsonArray("iv").getInt(i);
        }
        Fernet fernet = fernetAt(vector);

        String token = fernet.encrypt(vector.getString("src").getBytes(UTF_8), now(vector), iv);

        assertThat(token).isEqualTo(vector.getString("token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verifyVectors")
    void specTokensDecryptWithinTheirTtl(String name, JsonObject vector) throws InvalidTokenException {
        byte[] plaintext = fernetAt(vector).decrypt(vector.getString("token"), ttl(vector));

        assertThat(new String(plaintext, UTF_8)).isEqualTo(vector.getString("src"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVectors")
    void invalidSpecTokensAreRefusedAllAlike(String name, JsonObject vector) {
        Throwable refusal = catchThrowable(() -> fernetAt(vector).decrypt(vector.getString("token"), ttl(vector)));

        assertThat(refusal)
                .isExactlyInstanceOf(InvalidTokenException.class)
                .hasMessage(InvalidTokenException.MESSAGE)
                .hasNoCause();
        assertThat(refusal.getStackTrace()).isEmpty();
    }

    @Test
    void theSpecListsEightInvalidTokens() {
        assertThat(invalidVectors()).hasSize(8);
    }

    private static Stream<Arguments> vectors(String file) {
        return TestData.array(file).stream()
                .map(JsonObject.class::cast)
                .map(vector -> Arguments.of(vector.getString("desc", file), vector));
    }

    private static Fernet fernetAt(JsonObject vector) {
        Clock clock = Clock.fixed(now(vector), ZoneOffset.UTC);
        return new Fernet(FernetKey.fromBase64(vector.getString("secret")), clock, new SecureRandom());
    }

    private static Instant now(JsonObject vector) {
        return OffsetDateTime.parse(vector.getString("now")).toInstant();
    }

    private static Duration ttl(JsonObject vector) {
        return Duration.ofSeconds(((JsonNumber) vector.get("ttl_sec")).longValueExact());
    }
}
