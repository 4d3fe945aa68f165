package com.shardsofeternity.client.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestCallTest {

    private static final long NOW = Instant.parse("2025-01-01T12:00:00Z").toEpochMilli();
    private final RestCall calls = new RestCall(new MessageCodec(MessageTypes.standard()), () -> NOW);

    private static HttpHeaders headers(Map<String, List<String>> values) {
        return HttpHeaders.of(values, (name, value) -> true);
    }

    @Test
    void theProtocolsErrorBodyBecomesCodeStatusAndMessage() {
        MasterServerException error = calls.error(409,
                "{\"error_code\":\"NAME_TAKEN\",\"error_message\":\"that name is taken\"}", headers(Map.of()));
        assertThat(error.errorCode()).isEqualTo(ErrorCode.NAME_TAKEN);
        assertThat(error.httpStatus()).isEqualTo(409);
        assertThat(error.getMessage()).isEqualTo("that name is taken");
        assertThat(error.retryAfter()).isEmpty();
    }

    @Test
    void rateLimitingCarriesRetryAfterInSeconds() {
        MasterServerException error = calls.error(429,
                "{\"error_code\":\"RATE_LIMITED\",\"error_message\":\"too many attempts\"}",
                headers(Map.of("Retry-After", List.of("42"))));
        assertThat(error.errorCode()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(42));
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        String inOneMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.ofEpochMilli(NOW).plusSeconds(60).atOffset(ZoneOffset.UTC));
        assertThat(calls.retryAfter(headers(Map.of("Retry-After", List.of(inOneMinute))))).contains(Duration.ofSeconds(60));
        assertThat(calls.retryAfter(headers(Map.of("Retry-After", List.of("soon"))))).isEmpty();
    }

    @Test
    void anAnswerThatIsNotTheErrorBodyKeepsTheStatusWithoutACode() {
        MasterServerException error = calls.error(502, "<html>Bad Gateway</html>", headers(Map.of()));
        assertThat(error.errorCode()).isNull();
        assertThat(error.httpStatus()).isEqualTo(502);
        assertThat(error.getMessage()).isEqualTo("HTTP 502");
    }

    @Test
    void anUnknownCodeIsKeptRaw() {
        MasterServerException error = calls.error(400, "{\"error_code\":\"BRAND_NEW\",\"error_message\":\"?\"}", headers(Map.of()));
        assertThat(error.errorCode()).isNull();
        assertThat(error.rawErrorCode()).isEqualTo("BRAND_NEW");
    }
}
