package com.shardsofeternity.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aTokenIs43UrlSafeCharactersAndWellFormed() {
        String token = Tokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Tokens.isWellFormed(token)).isTrue();
    }

    @Test
    void tokensAndSessionIdsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(Tokens.newToken())).isTrue();
            assertThat(seen.add(Tokens.newSessionId())).isTrue();
        }
    }

    @Test
    void aSessionIdIsShorterAndUrlSafe() {
        assertThat(Tokens.newSessionId()).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void theDigestIsHexSha256() {
        assertThat(Tokens.digest("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Tokens.digest("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        String token = Tokens.newToken();
        assertThat(Tokens.digest(token)).hasSize(64).isEqualTo(Tokens.digest(token)).doesNotContain(token);
    }

    @Test
    void anythingButOurShapeIsNotWellFormed() {
        String token = Tokens.newToken();

        assertThat(Tokens.isWellFormed(null)).isFalse();
        assertThat(Tokens.isWellFormed("")).isFalse();
        assertThat(Tokens.isWellFormed(token.substring(1))).isFalse();
        assertThat(Tokens.isWellFormed(token + "A")).isFalse();
        assertThat(Tokens.isWellFormed("+" + token.substring(1))).isFalse();
        assertThat(Tokens.isWellFormed("/" + token.substring(1))).isFalse();
        assertThat(Tokens.isWellFormed(token.substring(1) + "=")).isFalse();
        assertThat(Tokens.isWellFormed(" " + token.substring(1))).isFalse();
        assertThat(Tokens.isWellFormed("\u00E9" + token.substring(1))).isFalse();
    }
}
