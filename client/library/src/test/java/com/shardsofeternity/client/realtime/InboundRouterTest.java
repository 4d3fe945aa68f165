package com.shardsofeternity.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.dispatch.HandlerRegistry;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.dispatch.MessageDispatcher;
import com.shardsofeternity.client.dispatch.SerialExecutor;
import com.shardsofeternity.protocol.Envelope;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboundRouterTest {

    private final MessageCodec codec = new MessageCodec(MessageTypes.standard());
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final PendingRequests pending = new PendingRequests(scheduler);
    private final SeqTracker seqs = new SeqTracker();
    private final List<String> sentFrames = new ArrayList<>();
    private final List<IncomingMessage> delivered = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final InboundRouter router = new InboundRouter(seqs, pending,
            new MessageDispatcher(codec, handlers, new SerialExecutor(Runnable::run)), sentFrames::add);

    InboundRouterTest() {
        handlers.registerCatchAll(delivered::add);
        handlers.registerErrorHandler((error, message) -> errors.add(error));
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void ackCompletesTheMatchingRequestAndIsStillDelivered() {
        CompletableFuture<IncomingMessage> request = pending.register("r-1", Duration.ofSeconds(5));

        router.route("{\"seq\":1,\"type\":\"ack\",\"priority\":\"critical\",\"timestamp\":5,\"reply_to\":\"r-1\"}");

        assertThat(request).isCompleted();
        assertThat(delivered).extracting(IncomingMessage::type).containsExactly("ack");
        assertThat(errors).isEmpty();
    }

    @Test
    void errorWithReplyToFailsTheRequestWithItsCodeAndSkipsTheErrorHandlers() {
        CompletableFuture<IncomingMessage> request = pending.register("r-2", Duration.ofSeconds(5));

        router.route("{\"seq\":1,\"type\":\"error\",\"reply_to\":\"r-2\",\"error_code\":\"NOT_YOUR_TURN\","
                + "\"error_message\":\"wait for your turn\"}");

        Throwable failure = request.handle((ok, error) -> error).join();
        assertThat(failure).isInstanceOfSatisfying(MasterServerException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_YOUR_TURN);
            assertThat(e.getMessage()).isEqualTo("wait for your turn");
            assertThat(e.httpStatus()).isZero();
        });
        assertThat(errors).isEmpty();
        assertThat(delivered).extracting(IncomingMessage::type).containsExactly("error");
        assertThat(pending.size()).isZero();
    }

    @Test
    void errorWithoutReplyToOrForAnUnknownRequestGoesToTheErrorHandlers() {
        router.route("{\"seq\":1,\"type\":\"error\",\"error_code\":\"RATE_LIMITED\",\"error_message\":\"slow down\"}");
        router.route("{\"seq\":2,\"type\":\"error\",\"reply_to\":\"long-gone\",\"error_code\":\"SOMETHING_NEW\"}");

        assertThat(errors).hasSize(2);
        assertThat(((MasterServerException) errors.get(0)).errorCode()).isEqualTo(ErrorCode.RATE_LIMITED);
        MasterServerException unknown = (MasterServerException) errors.get(1);
        assertThat(unknown.errorCode()).isNull();
        assertThat(unknown.rawErrorCode()).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void serverPingIsAnsweredWithAPongCarryingTheSameNonce() throws Exception {
        router.route("{\"type\":\"ping\",\"nonce\":{\"n\":[1,2]}}");
        router.route("{\"type\":\"ping\",\"nonce\":\"abc\"}");

        assertThat(sentFrames).hasSize(2);
        Envelope first = codec.decode(sentFrames.get(0));
        assertThat(first.type()).isEqualTo("pong");
        assertThat(first.json().get("nonce").toString()).isEqualTo("{\"n\":[1,2]}");
        assertThat(codec.decode(sentFrames.get(1)).json().getString("nonce")).isEqualTo("abc");
    }

    @Test
    void pongCompletesThePingWaitingForItsNonce() {
        CompletableFuture<IncomingMessage> ping = pending.register(InboundRouter.PONG_KEY_PREFIX + "ping-x", Duration.ofSeconds(5));
        router.route("{\"type\":\"pong\",\"priority\":\"critical\",\"nonce\":\"ping-x\"}");
        assertThat(ping).isCompleted();
    }

    @Test
    void aReplayedSeqIsNeverDeliveredTwice() {
        router.route("{\"seq\":1,\"type\":\"chat\",\"content\":\"a\"}");
        router.route("{\"seq\":2,\"type\":\"chat\",\"content\":\"b\"}");
        router.route(MessageCodec.batch(List.of(
                "{\"seq\":2,\"type\":\"chat\",\"content\":\"b\"}",
                "{\"seq\":3,\"type\":\"chat\",\"content\":\"c\"}")));
        router.route("{\"seq\":1,\"type\":\"chat\",\"content\":\"a\"}");

        assertThat(delivered).extracting(message -> message.seq().getAsLong()).containsExactly(1L, 2L, 3L);
        assertThat(seqs.lastSeq()).isEqualTo(3);
    }

    @Test
    void aReplayedAckDoesNotTouchANewRequestWithAnotherId() {
        router.route("{\"seq\":7,\"type\":\"ack\",\"reply_to\":\"old\"}");
        CompletableFuture<IncomingMessage> fresh = pending.register("old", Duration.ofSeconds(5));
        router.route("{\"seq\":7,\"type\":\"ack\",\"reply_to\":\"old\"}");
        assertThat(fresh).isNotDone();
    }

    @Test
    void requestIdsAreUniqueAndWithinTheProtocolLimit() {
        RequestIds ids = new RequestIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next();
            assertThat(id.length()).isLessThanOrEqualTo(64);
            assertThat(seen.add(id)).isTrue();
        }
        assertThat(new RequestIds().next()).isNotEqualTo(new RequestIds().next());
    }
}
