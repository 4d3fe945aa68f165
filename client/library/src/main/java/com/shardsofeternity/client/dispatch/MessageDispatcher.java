package com.shardsofeternity.client.dispatch;

import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.Envelope;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.ProtocolException;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns text frames into {@link IncomingMessage}s and hands them to the registered handlers.
 *
 * <p>Reading ({@link #read}) happens on the caller's thread and is cheap; handlers, error handlers and
 * every other callback queued here run one at a time on a {@link SerialExecutor}, in the order they
 * were queued. A slow handler therefore delays later handlers of the same client, never the socket.
 * A handler's exception is reported to the error handlers and does not stop the handlers after it.
 */
public final class MessageDispatcher {

    private static final System.Logger LOG = System.getLogger(MessageDispatcher.class.getName());

    private final MessageCodec codec;
    private final HandlerRegistry handlers;
    private final SerialExecutor executor;

    public MessageDispatcher(MessageCodec codec, HandlerRegistry handlers, SerialExecutor executor) {
        this.codec = codec;
        this.handlers = handlers;
        this.executor = executor;
    }

    public HandlerRegistry handlers() {
        return handlers;
    }

    public MessageCodec codec() {
        return codec;
    }

    /**
     * The messages of one frame in order, a {@code batch} unpacked into its elements. A frame or batch
     * element that cannot be read is reported to the error handlers and skipped.
     */
    public List<IncomingMessage> read(String frame, boolean fromPeer) {
        return read(frame, envelope -> new IncomingMessage(envelope, codec, fromPeer));
    }

    /** Reads a frame and delivers all its messages; the path for peer messages, which need no de-duplication. */
    public void dispatchFrame(String frame, boolean fromPeer) {
        read(frame, fromPeer).forEach(this::deliver);
    }

    /** Delivers the messages of a frame that the peer playing character {@code peerId} sent directly. */
    public void dispatchPeerFrame(String frame, long peerId) {
        read(frame, envelope -> IncomingMessage.fromPeer(envelope, codec, peerId)).forEach(this::deliver);
    }

    private List<IncomingMessage> read(String frame, Function<Envelope, IncomingMessage> wrap) {
        List<IncomingMessage> messages = new ArrayList<>(1);
        try {
            collect(codec.decode(frame), wrap, messages);
        } catch (ProtocolException unreadable) {
            reportError(MasterServerException.local(unreadable.errorCode(), unreadable.getMessage()), null);
        }
        return messages;
    }

    /** Queues {@code message} for its handlers. */
    public void deliver(IncomingMessage message) {
        executor.execute(() -> runHandlers(message));
    }

    /** Queues a report to the error handlers, in order with the messages. */
    public void reportError(Throwable error, IncomingMessage message) {
        executor.execute(() -> reportErrorNow(error, message));
    }

    /** Queues any callback so that it runs in order with the handlers (state changes, for example). */
    public void run(Runnable callback) {
        executor.execute(() -> runGuarded(callback));
    }

    /**
     * Holds back delivery until {@code stage} completes, then runs {@code action} with its result (null
     * on failure, which goes to the error handlers) before any message queued after this call.
     */
    public <T> void runWhen(CompletionStage<T> stage, Consumer<T> action) {
        executor.executeWhen(stage, () -> {
            T result;
            try {
                result = stage.toCompletableFuture().join();
            } catch (RuntimeException failed) {
                reportErrorNow(failed.getCause() != null ? failed.getCause() : failed, null);
                result = null;
            }
            T value = result;
            runGuarded(() -> action.accept(value));
        });
    }

    private void collect(Envelope envelope, Function<Envelope, IncomingMessage> wrap, List<IncomingMessage> out) {
        if (!MessageTypes.BATCH.equals(envelope.type())) {
            out.add(wrap.apply(envelope));
            return;
        }
        JsonValue inner = envelope.json().get("messages");
        if (!(inner instanceof JsonArray array)) {
            reportError(MasterServerException.local(ErrorCode.INVALID_MESSAGE,
                    "a batch without a messages array"), null);
            return;
        }
        for (JsonValue element : array) {
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                reportError(MasterServerException.local(ErrorCode.INVALID_MESSAGE,
                        "a batch element that is not an object"), null);
                continue;
            }
            try {
                collect(codec.envelopeOf(element.asJsonObject()), wrap, out);
            } catch (ProtocolException unreadable) {
                reportError(MasterServerException.local(unreadable.errorCode(), unreadable.getMessage()), null);
            }
        }
    }

    private void runHandlers(IncomingMessage message) {
        for (MessageHandler handler : handlers.handlersFor(message.type())) {
            try {
                handler.handle(message);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable failure) {
                reportErrorNow(failure, message);
            }
        }
    }

    private void runGuarded(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException failure) {
            reportErrorNow(failure, null);
        }
    }

    /**
     * Tells the error handlers at once, on the calling thread. Only for code already running on the
     * handler executor (a {@link #runWhen} action, say), where {@link #reportError} would queue the
     * report behind later messages.
     */
    public void reportErrorNow(Throwable error, IncomingMessage message) {
        List<ErrorHandler> errorHandlers = handlers.errorHandlers();
        if (errorHandlers.isEmpty()) {
            LOG.log(Level.WARNING, "unhandled client error" + (message == null ? "" : " on " + message), error);
            return;
        }
        for (ErrorHandler handler : errorHandlers) {
            try {
                handler.onError(error, message);
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "an error handler failed", failure);
            }
        }
    }
}
