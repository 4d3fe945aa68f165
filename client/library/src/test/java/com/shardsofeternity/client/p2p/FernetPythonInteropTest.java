package com.shardsofeternity.client.p2p;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonString;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens, keys and shared-secret keys agree with Python's {@code cryptography}, both ways. */
class FernetPythonInteropTest {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] PAYLOAD_LENGTHS = {0, 1, 15, 16, 17, 32, 100, 1000, 4097, 65_536};

    @BeforeAll
    static void pythonWithCryptographyIsInstalled() {
        PythonFernet.requireInstalled();
    }

    @Test
    void javaTokensDecryptInPython() {
        List<FernetKey> keys = randomKeys(PAYLOAD_LENGTHS.length);
        List<byte[]> plaintexts = randomPayloads();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            tokens.add(new Fernet(keys.get(i)).encrypt(plaintexts.get(i)));
        }

        List<byte[]> decrypted = PythonFernet.decrypt(keys, tokens);

        assertThat(decrypted).containsExactlyElementsOf(plaintexts);
    }

    @Test
    void pythonTokensDecryptInJava() throws InvalidTokenException {
        List<FernetKey> keys = randomKeys(PAYLOAD_LENGTHS.length);
        List<byte[]> plaintexts = randomPayloads();

        List<String> tokens = PythonFernet.encrypt(keys, plaintexts);

        for (int i = 0; i < keys.size(); i++) {
            assertThat(new Fernet(keys.get(i)).decrypt(tokens.get(i), TTL)).isEqualTo(plaintexts.get(i));
        }
    }

    @Test
    void naughtyStringsCrossBothWays() throws InvalidTokenException {
        List<byte[]> plaintexts = TestData.array("naughty-strings/blns.json").stream()
                .map(value -> ((JsonString) value).getString().getBytes(UTF_8))
                .toList();
        FernetKey key = FernetKey.generate(RANDOM);
        List<FernetKey> sameKey = Collections.nCopies(plaintexts.size(), key);
        Fernet fernet = new Fernet(key);

        List<byte[]> readByPython = PythonFernet.decrypt(sameKey, plaintexts.stream().map(fernet::encrypt).toList());
        List<String> madeByPython = PythonFernet.encrypt(sameKey, plaintexts);

        assertThat(readByPython).containsExactlyElementsOf(plaintexts);
        for (int i = 0; i < plaintexts.size(); i++) {
            assertThat(fernet.decrypt(madeByPython.get(i), TTL)).isEqualTo(plaintexts.get(i));
        }
    }

    @Test
    void pythonGeneratedKeysReadAndWriteTheSameText() {
        for (String pythonKey : PythonFernet.generateKeys(5)) {
            assertThat(FernetKey.fromBase64(pythonKey).toBase64()).isEqualTo(pythonKey);
        }
    }

    @Test
    void aSharedSecretGivesTheSameKeyInPythonAndJava() throws InvalidTokenException {
        byte[] secret = "ENCRYPTION_KEY from a peer's .env, ünïcødé ✨".getBytes(UTF_8);
        FernetKey javaKey = SharedSecretKeys.fromSecret(secret);

        String pythonKey = PythonFernet.sharedSecretKeys(List.of(secret)).get(0);
        String pythonToken = PythonFernet.encrypt(List.of(javaKey), List.of("from python".getBytes(UTF_8))).get(0);

        assertThat(javaKey.toBase64()).isEqualTo(pythonKey);
        assertThat(new Fernet(FernetKey.fromBase64(pythonKey)).decrypt(pythonToken, TTL))
                .asString(UTF_8).isEqualTo("from python");
    }

    private static List<FernetKey> randomKeys(int count) {
        return IntStream.range(0, count).mapToObj(i -> FernetKey.generate(RANDOM)).toList();
    }

    private static List<byte[]> randomPayloads() {
        List<byte[]> payloads = new ArrayList<>();
        for (int length : PAYLOAD_LENGTHS) {
            byte[] payload = new byte[length];
            RANDOM.nextBytes(payload);
            payloads.add(payload);
        }
        return payloads;
    }
}
