package com.shardsofeternity.client.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FernetKeyTest {

    private static final String SPEC_KEY = "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=";

    @Test
    void base64FormRoundTripsWithPadding() {
        FernetKey key = FernetKey.fromBase64(SPEC_KEY);

        assertThat(key.toBase64()).isEqualTo(SPEC_KEY);
    }

    @Test
    void base64WithoutPaddingIsAccepted() {
        assertThat(FernetKey.fromBase64(SPEC_KEY.replace("=", ""))).isEqualTo(FernetKey.fromBase64(SPEC_KEY));
    }

    @Test
    void theFirstHalfSignsAndTheSecondHalfEncrypts() {
        byte[] bytes = FernetKey.fromBase64(SPEC_KEY).toBytes();
        FernetKey key = FernetKey.of(bytes);

        assertThat(key.signingKey().getEncoded()).isEqualTo(Arrays.copyOfRange(bytes, 0, 16));
        assertThat(key.signingKey().getAlgorithm()).isEqualTo("HmacSHA256");
        assertThat(key.encryptionKey().getEncoded()).isEqualTo(Arrays.copyOfRange(bytes, 16, 32));
        assertThat(key.encryptionKey().getAlgorithm()).isEqualTo("AES");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "c2hvcnQ=", "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4AAAA=",
        "cw/0x689RpI+jtRR7oE8h/eQsKImvJapLeSbXpwF4e4=", "not base64 at all!"})
    void anythingButUrlSafeBase64OfThirtyTwoBytesIsRefusedWithoutEchoingIt(String text) {
        assertThatThrownBy(() -> FernetKey.fromBase64(text))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(refusal -> {
                    if (!text.isEmpty()) {
                        assertThat(refusal.getMessage()).doesNotContain(text);
                    }
                });
    }

    @Test
    void rawKeysMustBeThirtyTwoBytes() {
        assertThatThrownBy(() -> FernetKey.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FernetKey.of(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedKeysDiffer() {
        SecureRandom random = new SecureRandom();

        assertThat(FernetKey.generate(random)).isNotEqualTo(FernetKey.generate(random));
    }

    @Test
    void toStringShowsNoKeyMaterial() {
        FernetKey key = FernetKey.fromBase64(SPEC_KEY);
        String hex = HexFormat.of().formatHex(key.toBytes());

        assertThat(key.toString())
                .doesNotContain(SPEC_KEY.substring(0, 8))
                .doesNotContain(hex.substring(0, 8))
                .isEqualTo("FernetKey[redacted]");
    }

    @Test
    void theKeyIsACopyNeitherSideCanChange() {
        byte[] bytes = FernetKey.fromBase64(SPEC_KEY).toBytes();
        FernetKey key = FernetKey.of(bytes);

        bytes[0] ^= 1;
        key.toBytes()[1] ^= 1;

        assertThat(key).isEqualTo(FernetKey.fromBase64(SPEC_KEY));
    }

    @Test
    void equalKeysAreEqualValues() {
        FernetKey one = FernetKey.fromBase64(SPEC_KEY);
        FernetKey same = FernetKey.of(one.toBytes());

        assertThat(same).isEqualTo(one).hasSameHashCodeAs(one);
    }
}
