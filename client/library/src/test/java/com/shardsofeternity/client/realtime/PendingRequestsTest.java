package com.shardsofeternity.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Eventually;
import com.shardsofeternity.client.NotConnectedException;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PendingRequestsTest {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final PendingRequests pending = new PendingRequests(scheduler);
    private final MessageCodec codec = new MessageCodec(MessageTypes.standard());

    PendingRequestsTest() {
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private IncomingMessage ack(String id) throws Exception {
        return new IncomingMessage(codec.decode("{\"seq\":1,\"type\":\"ack\",\"reply_to\":\"" + id + "\"}"), codec, false);
    }

    @Test
    void anAnswerCompletesTheRequestAndRemovesItAndItsTimer() throws Exception {
        CompletableFuture<IncomingMessage> future = pending.register("a-1", Duration.ofSeconds(10));
        assertThat(pending.isWaiting("a-1")).isTrue();
        assertThat(scheduler.getQueue()).hasSize(1);

        assertThat(pending.complete("a-1", ack("a-1"))).isTrue();

        assertThat(future).isCompleted();
        assertThat(future.join().replyTo()).contains("a-1");
        assertThat(pending.size()).isZero();
        assertThat(scheduler.getQueue()).isEmpty();
        assertThat(pending.complete("a-1", ack("a-1"))).isFalse();
    }

    @Test
    void aFailureCompletesTheRequestExceptionally() {
        CompletableFuture<IncomingMessage> future = pending.register("a-2", Duration.ofSeconds(10));
        IllegalStateException error = new IllegalStateException("refused");
        assertThat(pending.fail("a-2", error)).isTrue();
        assertThat(future).isCompletedExceptionally();
        assertThat(future.handle((ok, failure) -> failure).join()).isSameAs(error);
        assertThat(pending.size()).isZero();
    }

    @Test
    void anUnansweredRequestTimesOutAndLeavesTheTable() {
        CompletableFuture<IncomingMessage> future = pending.register("a-3", Duration.ofMillis(50));
        Eventually.await("the timeout", future::isDone);
        assertThat(future.handle((ok, failure) -> failure).join())
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("a-3");
        assertThat(pending.isWaiting("a-3")).isFalse();
        assertThat(pending.size()).isZero();
    }

    @Test
    void aLateAnswerAfterTheTimeoutIsIgnored() throws Exception {
        CompletableFuture<IncomingMessage> future = pending.register("a-4", Duration.ofMillis(20));
        Eventually.await("the timeout", future::isDone);
        assertThat(pending.complete("a-4", ack("a-4"))).isFalse();
        assertThat(future).isCompletedExceptionally();
    }

    @Test
    void aCancelledRequestLeavesTheTable() {
        CompletableFuture<IncomingMessage> future = pending.register("a-5", Duration.ofSeconds(10));
        future.cancel(false);
        assertThat(pending.size()).isZero();
        assertThat(scheduler.getQueue()).isEmpty();
    }

    @Test
    void failAllFailsEveryWaitingRequest() {
        CompletableFuture<IncomingMessage> one = pending.register("b-1", Duration.ofSeconds(10));
        CompletableFuture<IncomingMessage> two = pending.register("b-2", Duration.ofSeconds(10));
        pending.failAll(new NotConnectedException("gone"));
        assertThat(one).isCompletedExceptionally();
        assertThat(two).isCompletedExceptionally();
        assertThat(pending.size()).isZero();
    }

    @Test
    void registeringAfterTheSchedulerStoppedFailsAtOnce() {
        scheduler.shutdown();
        CompletableFuture<IncomingMessage> future = pending.register("c-1", Duration.ofSeconds(1));
        assertThat(future.handle((ok, failure) -> failure).join()).isInstanceOf(NotConnectedException.class);
        assertThat(pending.size()).isZero();
    }
}
