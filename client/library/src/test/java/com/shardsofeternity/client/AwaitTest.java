package com.shardsofeternity.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.protocol.ErrorCode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class AwaitTest {

    @Test
    void returnsTheValue() {
        assertThat(Await.result(CompletableFuture.completedFuture("ok"))).isEqualTo("ok");
    }

    @Test
    void rethrowsTheServersErrorUnwrappedEvenThroughDependentStages() {
        MasterServerException refused = MasterServerException.local(ErrorCode.NAME_TAKEN, "taken");
        CompletableFuture<String> failed = CompletableFuture.<String>failedFuture(refused).thenApply(value -> value);
        assertThatThrownBy(() -> Await.result(failed)).isSameAs(refused);
    }

    @Test
    void aTimeoutBecomesAMasterServerExceptionWithoutCode() {
        CompletableFuture<String> timedOut = CompletableFuture.failedFuture(new TimeoutException("no answer"));
        assertThatThrownBy(() -> Await.result(timedOut))
                .isInstanceOfSatisfying(MasterServerException.class, e -> {
                    assertThat(e.errorCode()).isNull();
                    assertThat(e.getCause()).isInstanceOf(TimeoutException.class);
                });
    }
}
