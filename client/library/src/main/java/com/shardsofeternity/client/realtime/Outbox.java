package com.shardsofeternity.client.realtime;

import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.Limits;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Ping;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Encodes client messages and sends them on a live connection, registering the ones that wait for an
 * answer. A message that could never be sent (unregistered type, over 64 KiB) fails before anything
 * goes on the wire, rather than getting the connection closed with 1009.
 */
final class Outbox {

    private final MessageCodec codec;
    private final PendingRequests pending;
    private final Duration timeout;
    private final RequestIds ids = new RequestIds();

    Outbox(MessageCodec codec, PendingRequests pending, Duration timeout) {
        this.codec = codec;
        this.pending = pending;
        this.timeout = timeout;
    }

    CompletableFuture<IncomingMessage> request(TransportConnection connection, String type, Object payload) {
        String id = ids.next();
        String frame;
        try {
            frame = encode(type, id, payload);
        } catch (RuntimeException unsendable) {
            return CompletableFuture.failedFuture(unsendable);
        }
        CompletableFuture<IncomingMessage> answer = pending.register(id, timeout);
        failOnSendError(connection.sendText(frame), id, type);
        return answer;
    }

    CompletableFuture<Void> post(TransportConnection connection, String type, Object payload) {
        try {
            return connection.sendText(encode(type, null, payload));
        } catch (RuntimeException unsendable) {
            return CompletableFuture.failedFuture(unsendable);
        }
    }

    CompletableFuture<Duration> ping(TransportConnection connection) {
        String nonce = "ping-" + ids.next();
        String key = InboundRouter.PONG_KEY_PREFIX + nonce;
        long started = System.nanoTime();
        CompletableFuture<IncomingMessage> pong = pending.register(key, timeout);
        failOnSendError(post(connection, MessageTypes.PING, new Ping(Json.createValue(nonce))), key, "ping");
        return pong.thenApply(answer -> Duration.ofNanos(System.nanoTime() - started));
    }

    /** An encoded frame that is sent without any bookkeeping (auth, pongs, heartbeats). */
    String encode(String type, String id, Object payload) {
        String frame = codec.encodeClient(type, id, payload);
        if (frame.length() > Limits.MAX_MESSAGE_BYTES / 3
                && frame.getBytes(StandardCharsets.UTF_8).length > Limits.MAX_MESSAGE_BYTES) {
            throw MasterServerException.local(ErrorCode.MESSAGE_TOO_LARGE,
                    type + " is larger than " + Limits.MAX_MESSAGE_BYTES + " bytes");
        }
        return frame;
    }

    private void failOnSendError(CompletableFuture<Void> sent, String key, String type) {
        sent.whenComplete((done, failure) -> {
            if (failure != null) {
                pending.fail(key, MasterServerException.unreachable("could not send " + type, failure));
            }
        });
    }
}
