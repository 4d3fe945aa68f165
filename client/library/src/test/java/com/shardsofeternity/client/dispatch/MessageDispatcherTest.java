package com.shardsofeternity.client.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Eventually;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.protocol.message.Chat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageDispatcherTest {

    private final MessageCodec codec = new MessageCodec(MessageTypes.standard());
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private MessageDispatcher direct() {
        return new MessageDispatcher(codec, handlers, new SerialExecutor(Runnable::run));
    }

    private static String chat(long seq, String content) {
        return "{\"seq\":" + seq + ",\"type\":\"chat\",\"priority\":\"normal\",\"timestamp\":1000,"
                + "\"channel\":\"global\",\"content\":\"" + content + "\",\"sender_id\":7,\"sender_name\":\"Aria\"}";
    }

    @Test
    void everyHandlerOfATypeRunsInRegistrationOrderThenCatchAll() {
        handlers.registerCatchAll(message -> calls.add("all:" + message.type()));
        handlers.register("chat", message -> calls.add("first"));
        handlers.register("chat", message -> calls.add("second"));
        handlers.register("ack", message -> calls.add("ack handler"));

        direct().dispatchFrame(chat(1, "hi"), false);

        assertThat(calls).containsExactly("first", "second", "all:chat");
    }

    @Test
    void handlersSeeEnvelopeFieldsAndTypedPayload() {
        List<IncomingMessage> seen = new ArrayList<>();
        List<Chat> payloads = new ArrayList<>();
        handlers.register("chat", seen::add);
        handlers.register("chat", Chat.class, payloads::add);

        direct().dispatchFrame(chat(5, "hello"), false);

        IncomingMessage message = seen.get(0);
        assertThat(message.seq()).hasValue(5);
        assertThat(message.timestamp()).hasValue(1000);
        assertThat(message.priority()).contains(Priority.NORMAL);
        assertThat(message.fromPeer()).isFalse();
        assertThat(message.json().getString("sender_name")).isEqualTo("Aria");
        assertThat(message.payload()).isEqualTo(new Chat("global", "hello", null, 7L, "Aria", null, null));
        assertThat(payloads).extracting(Chat::content).containsExactly("hello");
    }

    @Test
    void aThrowingHandlerIsReportedAndTheNextHandlerStillRuns() {
        RuntimeException boom = new IllegalStateException("boom");
        List<IncomingMessage> failedOn = new ArrayList<>();
        handlers.register("chat", message -> {
            throw boom;
        });
        handlers.register("chat", message -> calls.add("survivor"));
        handlers.registerErrorHandler((error, message) -> {
            errors.add(error);
            failedOn.add(message);
        });

        direct().dispatchFrame(chat(1, "hi"), false);

        assertThat(calls).containsExactly("survivor");
        assertThat(errors).containsExactly(boom);
        assertThat(failedOn).extracting(IncomingMessage::type).containsExactly("chat");
    }

    @Test
    void aFailingErrorHandlerDoesNotStopTheOthers() {
        handlers.register("chat", message -> {
            throw new IllegalStateException("boom");
        });
        handlers.registerErrorHandler((error, message) -> {
            throw new IllegalStateException("error handler broken");
        });
        handlers.registerErrorHandler((error, message) -> errors.add(error));

        direct().dispatchFrame(chat(1, "hi"), false);

        assertThat(errors).hasSize(1);
    }

    @Test
    void batchIsUnpackedInOrderAndNeverDeliveredItself() {
        handlers.registerCatchAll(message -> calls.add(message.type() + "#" + message.seq().orElse(-1)));
        String batch = MessageCodec.batch(List.of(chat(3, "a"), "{\"seq\":4,\"type\":\"ack\",\"reply_to\":\"x\"}", chat(5, "b")));

        direct().dispatchFrame(batch, false);

        assertThat(calls).containsExactly("chat#3", "ack#4", "chat#5");
    }

    @Test
    void unreadableFramesAndBatchElementsGoToErrorHandlersAndTheRestIsDelivered() {
        handlers.registerCatchAll(message -> calls.add(message.type()));
        handlers.registerErrorHandler((error, message) -> errors.add(error));
        MessageDispatcher dispatcher = direct();

        dispatcher.dispatchFrame("{not json", false);
        dispatcher.dispatchFrame("{\"type\":\"batch\",\"messages\":[42,{\"no_type\":1}," + chat(9, "ok") + "]}", false);

        assertThat(calls).containsExactly("chat");
        assertThat(errors).hasSize(3).allSatisfy(error -> assertThat(error)
                .isInstanceOfSatisfying(MasterServerException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_MESSAGE)));
    }

    @Test
    void removedHandlersNoLongerRunAndDoubleRemovalIsHarmless() {
        MessageHandler handler = message -> calls.add("h");
        Registration first = handlers.register("chat", handler);
        handlers.register("chat", handler);
        first.remove();
        first.remove();

        direct().dispatchFrame(chat(1, "hi"), false);

        assertThat(calls).containsExactly("h");
    }

    @Test
    void peerFramesAreFlaggedAsFromPeer() {
        List<IncomingMessage> seen = new ArrayList<>();
        handlers.registerCatchAll(seen::add);

        direct().dispatchFrame("{\"type\":\"chat\",\"channel\":\"party\",\"content\":\"psst\"}", true);

        assertThat(seen).singleElement().satisfies(message -> {
            assertThat(message.fromPeer()).isTrue();
            assertThat(message.seq()).isEmpty();
        });
    }

    @Test
    void orderIsKeptOnAPoolAndASlowHandlerDoesNotHoldUpReading() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Long> order = Collections.synchronizedList(new ArrayList<>());
        handlers.register("chat", message -> {
            if (message.seq().getAsLong() == 1) {
                release.await(5, TimeUnit.SECONDS);
            }
            order.add(message.seq().getAsLong());
        });
        MessageDispatcher dispatcher = new MessageDispatcher(codec, handlers, new SerialExecutor(pool));

        long started = System.nanoTime();
        for (int seq = 1; seq <= 200; seq++) {
            dispatcher.dispatchFrame(chat(seq, "m" + seq), false);
        }
        long readingMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(order).isEmpty();
        release.countDown();

        Eventually.await("all 200 handled", () -> order.size() == 200);
        assertThat(readingMillis).isLessThan(4_000);
        for (int i = 0; i < 200; i++) {
            assertThat(order.get(i)).isEqualTo(i + 1L);
        }
    }

    @Test
    void gatedWorkHoldsBackLaterMessagesUntilItsStageCompletes() {
        handlers.registerCatchAll(message -> calls.add("message " + message.seq().getAsLong()));
        MessageDispatcher dispatcher = new MessageDispatcher(codec, handlers, new SerialExecutor(pool));
        CompletableFuture<String> refresh = new CompletableFuture<>();

        dispatcher.dispatchFrame(chat(1, "before"), false);
        dispatcher.runWhen(refresh, value -> calls.add("applied " + value));
        dispatcher.dispatchFrame(chat(2, "after"), false);
        Eventually.await("the message before the gate", () -> calls.size() == 1);

        refresh.complete("snapshot");
        Eventually.await("everything", () -> calls.size() == 3);
        assertThat(calls).containsExactly("message 1", "applied snapshot", "message 2");
    }

    @Test
    void aFailedGateReportsTheFailureAndStillLetsMessagesThrough() {
        handlers.registerCatchAll(message -> calls.add("message"));
        handlers.registerErrorHandler((error, message) -> errors.add(error));
        MessageDispatcher dispatcher = direct();
        CompletableFuture<String> refresh = new CompletableFuture<>();
        List<String> applied = new ArrayList<>();

        dispatcher.runWhen(refresh, applied::add);
        dispatcher.dispatchFrame(chat(1, "later"), false);
        assertThat(calls).isEmpty();
        refresh.completeExceptionally(new IllegalStateException("REST down"));

        assertThat(applied).containsExactly((String) null);
        assertThat(errors).singleElement().satisfies(error -> assertThat(error).hasMessage("REST down"));
        assertThat(calls).containsExactly("message");
    }
}
