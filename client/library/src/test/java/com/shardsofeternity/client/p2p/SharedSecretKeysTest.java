package com.shardsofeternity.client.p2p;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SharedSecretKeysTest {

    /**
     * All 60 Wycheproof cases run, none skipped: the largest is RFC 7914's 80,000 iterations and the
     * whole file takes well under a second.
     */
    static Stream<Arguments> wycheproofCases() {
        JsonObject file = TestData.object("wycheproof/pbkdf2_hmacsha256_test.json");
        assertThat(file.getString("algorithm")).isEqualTo("PBKDF2-HMACSHA256");
        return file.getJsonArray("testGroups").stream()
                .map(JsonObject.class::cast)
                .flatMap(group -> group.getJsonArray("tests").stream())
                .map(JsonObject.class::cast)
                .map(test -> Arguments.of(
                        "tcId " + test.getInt("tcId") + " " + test.getString("comment"), test));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wycheproofCases")
    void pbkdf2MatchesWycheproof(String name, JsonObject test) {
        byte[] password = TestData.hex(test.getString("password"));
        byte[] salt = TestData.hex(test.getString("salt"));
        int iterations = test.getInt("iterationCount");
        int length = test.getInt("dkLen");
        byte[] expected = TestData.hex(test.getString("dk"));

        byte[] derived = deriveOrNullIfRefused(password, salt, iterations, length);

        if (test.getString("result").equals("invalid")) {
            assertThat(derived).isNotEqualTo(expected);
        } else {
            assertThat(derived).isEqualTo(expected);
        }
    }

    @Test
    void wycheproofFileHasAllSixtyCases() {
        assertThat(wycheproofCases()).hasSize(60);
    }

    /** Expected keys from Python: {@code hashlib.pbkdf2_hmac("sha256", secret, salt, 100000, 32)}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            correct horse battery staple | 1959e1862ee3035d87ce67b8eddf732c90fa529b839cafe36fd98d7829059ad3 | GVnhhi7jA12Hzme47d9zLJD6UpuDnK_jb9mNeCkFmtM=
            Ünïcødé shard ✨              | 6056cc6945ff336fb2004aeab0b2c3287a457959c801647310bc7dfabcd30e6a | YFbMaUX_M2-yAErqsLLDKHpFeVnIAWRzELx9-rzTDmo=
            x                            | 25f045d1934ffedb83fad5c5a6dd35702ce676e88e79bee3a990b5c549afe20b | JfBF0ZNP_tuD-tXFpt01cCzmduiOeb7jqZC1xUmv4gs=
            """)
    void sharedSecretKeyMatchesPythonHashlib(String secret, String expectedHex, String expectedFernetKey) {
        byte[] derived = SharedSecretKeys.pbkdf2HmacSha256(
                secret.getBytes(UTF_8), "shards-of-eternity-p2p-v1".getBytes(UTF_8), 100_000, 32);

        assertThat(derived).isEqualTo(TestData.hex(expectedHex));
        assertThat(SharedSecretKeys.fromSecret(secret).toBase64()).isEqualTo(expectedFernetKey);
    }

    @Test
    void askingAgainForTheSameSecretReturnsTheRememberedKey() {
        FernetKey first = SharedSecretKeys.fromSecret("remember me");

        assertThat(SharedSecretKeys.fromSecret("remember me")).isSameAs(first);
        assertThat(SharedSecretKeys.fromSecret("remember me too")).isNotEqualTo(first);
    }

    @Test
    void secretsThatAreNotUtf8AreDerivedFromTheirBytes() {
        byte[] notUtf8 = {(byte) 0xff, (byte) 0xfe, 0, (byte) 0x80};

        assertThat(SharedSecretKeys.fromSecret(notUtf8)).isEqualTo(FernetKey.of(SharedSecretKeys.pbkdf2HmacSha256(
                notUtf8, SharedSecretKeys.SALT.getBytes(UTF_8), SharedSecretKeys.ITERATIONS, 32)));
    }

    @Test
    void anEmptySecretIsAConfigurationError() {
        assertThatThrownBy(() -> SharedSecretKeys.fromSecret("")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] deriveOrNullIfRefused(byte[] password, byte[] salt, int iterations, int length) {
        try {
            return SharedSecretKeys.pbkdf2HmacSha256(password, salt, iterations, length);
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    @Test
    void pbkdf2RefusesZeroIterationsAndEmptyOutput() {
        byte[] some = {1, 2, 3};

        assertThatThrownBy(() -> SharedSecretKeys.pbkdf2HmacSha256(some, some, 0, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedSecretKeys.pbkdf2HmacSha256(some, some, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
