package com.shardsofeternity.client.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.ClientConfig;
import com.shardsofeternity.client.ClosedPort;
import com.shardsofeternity.client.MasterServerException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MasterServerApiTest {

    private final ClientConfig config = ClientConfig.builder().serverUrl(ClosedPort.url())
            .connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void anUnreachableServerFailsWithoutAnErrorCode() throws Exception {
        MasterServerApi api = new MasterServerApi(config);
        Throwable failure = api.login("aria", "correct horse").handle((ok, error) -> error).get(5, TimeUnit.SECONDS);
        failure = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
        assertThat(failure).isInstanceOfSatisfying(MasterServerException.class, e -> {
            assertThat(e.errorCode()).isNull();
            assertThat(e.httpStatus()).isZero();
            assertThat(e.getCause()).isInstanceOf(ConnectException.class);
            assertThat(e.getMessage()).contains("/api/auth/login");
        });
        assertThat(api.token()).isEmpty();
    }

    @Test
    void aClosedApiRefusesCalls() {
        MasterServerApi api = new MasterServerApi(config);
        api.useToken("t");
        api.close();
        assertThat(api.token()).isEmpty();
        assertThat(api.getWorldState()).isCompletedExceptionally();
    }
}
