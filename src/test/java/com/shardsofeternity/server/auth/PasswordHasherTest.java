package com.shardsofeternity.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery";
    /** Made by the reference implementation (libargon2's argon2_hash, Argon2id, version 0x13) for interoperability. */
    private static final String REFERENCE = "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc";
    private static final String REFERENCE_PARALLEL =
            "$argon2id$v=19$m=2048,t=1,p=2$MDEyMzQ1Njc4OWFiY2RlZg$Aj78clFGUcLgt4DpdLiyNylQCUWVXlaG91V49+Mc20M";
    private static final String REFERENCE_PARALLEL_PASSWORD = "p\u00E4ssw\u00F6rd \uD83D\uDD11";

    private final PasswordHasher hasher = new PasswordHasher(1_024, 1, 1);

    @Test
    void aHashIsAnArgon2idPhcStringWithItsParameters() {
        assertThat(hasher.hash(PASSWORD)).matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void theDefaultCostIsInTheHash() {
        assertThat(new PasswordHasher(19_456, 2, 1).hash(PASSWORD)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void theRightPasswordVerifiesAndAnyOtherDoesNot() {
        String hash = hasher.hash(PASSWORD);

        assertThat(hasher.verify(PASSWORD, hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
        assertThat(hasher.verify(PASSWORD + " ", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
        assertThat(hasher.verify(null, hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(hasher.verify(PASSWORD, first)).isTrue();
        assertThat(hasher.verify(PASSWORD, second)).isTrue();
    }

    @Test
    void hashesOfTheReferenceImplementationVerify() {
        assertThat(hasher.verify(PASSWORD, REFERENCE)).isTrue();
        assertThat(hasher.verify("correct horse batter", REFERENCE)).isFalse();
        assertThat(hasher.verify(REFERENCE_PARALLEL_PASSWORD, REFERENCE_PARALLEL)).isTrue();
        assertThat(hasher.verify("passwort", REFERENCE_PARALLEL)).isFalse();
    }

    @Test
    void aHashIsVerifiedWithTheParametersItCarries() {
        String cheap = hasher.hash(PASSWORD);
        PasswordHasher stronger = new PasswordHasher(2_048, 2, 2);

        assertThat(stronger.verify(PASSWORD, cheap)).isTrue();
        assertThat(hasher.verify(PASSWORD, stronger.hash(PASSWORD))).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "correct horse battery",
        "$argon2i$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=16$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc$extra",
        "$argon2id$v=19$m=abc,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=1,q=3$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=0$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=999999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=999,p=1$c2FsdHNhbHRzYWx0c2FsdA$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=1$!!not base64!!$JxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$",
        "$argon2id$v=19$m=1024,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$KxBBsCIczbj0w06ojA6U8tpSY1ZOv8uKRtXhMg2EIFc",
    })
    void aMalformedOrForeignHashNeverVerifies(String encoded) {
        assertThat(hasher.verify(PASSWORD, encoded)).isFalse();
    }

    @Test
    void aHashMadeWithOtherParametersNeedsRehashing() {
        assertThat(hasher.needsRehash(hasher.hash(PASSWORD))).isFalse();
        assertThat(hasher.needsRehash(REFERENCE)).isTrue();
        assertThat(new PasswordHasher(1_024, 2, 1).needsRehash(REFERENCE)).isFalse();
        assertThat(hasher.needsRehash(null)).isTrue();
    }

    @Test
    void parametersBelowArgon2sMinimumsAreRefused() {
        assertThatThrownBy(() -> new PasswordHasher(7, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHasher(15, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHasher(1_024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHasher(1_024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
