package com.shardsofeternity.client.realtime;

import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.dispatch.MessageDispatcher;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.ErrorMessage;
import com.shardsofeternity.protocol.message.Pong;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The protocol's own reactions to a server message, before the game's handlers see it: drop seqs
 * already seen, answer {@code ping}, and settle the pending request an {@code ack}, {@code error} or
 * {@code pong} answers. Every new message then goes to the dispatcher, answers included.
 */
public final class InboundRouter {

    /** Pending-table key of a ping waiting for its pong; never clashes with {@link RequestIds}. */
    static final String PONG_KEY_PREFIX = "pong:";

    private static final System.Logger LOG = System.getLogger(InboundRouter.class.getName());

    private final SeqTracker seqs;
    private final PendingRequests pending;
    private final MessageDispatcher dispatcher;
    private final Consumer<String> sendFrame;

    /** @param sendFrame sends an encoded frame on the current connection (used for pongs) */
    public InboundRouter(SeqTracker seqs, PendingRequests pending, MessageDispatcher dispatcher, Consumer<String> sendFrame) {
        this.seqs = seqs;
        this.pending = pending;
        this.dispatcher = dispatcher;
        this.sendFrame = sendFrame;
    }

    /** Routes every message of one frame, in order. */
    public void route(String frame) {
        dispatcher.read(frame, false).forEach(this::route);
    }

    public void route(IncomingMessage message) {
        if (!seqs.accept(message.envelope().seq())) {
            LOG.log(Level.DEBUG, "dropping already seen seq {0} ({1})", message.envelope().seq(), message.type());
            return;
        }
        switch (message.type()) {
            case MessageTypes.PING -> answerPing(message);
            case MessageTypes.PONG -> nonceOf(message).ifPresent(nonce -> pending.complete(PONG_KEY_PREFIX + nonce, message));
            case MessageTypes.ACK -> message.replyTo().ifPresent(id -> pending.complete(id, message));
            case MessageTypes.ERROR -> settleError(message);
            default -> {
            }
        }
        dispatcher.deliver(message);
    }

    private void answerPing(IncomingMessage ping) {
        JsonValue nonce = ping.json().getOrDefault("nonce", JsonValue.NULL);
        sendFrame.accept(dispatcher.codec().encodeClient(MessageTypes.PONG, null, new Pong(nonce)));
    }

    private void settleError(IncomingMessage message) {
        MasterServerException error;
        try {
            error = MasterServerException.fromSocket(message.payload(ErrorMessage.class));
        } catch (MasterServerException unreadable) {
            error = unreadable;
        }
        Optional<String> replyTo = message.replyTo();
        if (replyTo.isEmpty() || !pending.fail(replyTo.get(), error)) {
            dispatcher.reportError(error, message);
        }
    }

    private static Optional<String> nonceOf(IncomingMessage pong) {
        JsonValue nonce = pong.json().get("nonce");
        return nonce instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }
}
