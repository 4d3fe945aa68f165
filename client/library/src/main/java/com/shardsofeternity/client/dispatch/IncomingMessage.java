package com.shardsofeternity.client.dispatch;

import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.Envelope;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageType;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.protocol.ProtocolException;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One message as handlers see it: the envelope fields, the raw JSON, and the payload bound on demand
 * (so a handler that only looks at {@code type} pays nothing for binding).
 */
public final class IncomingMessage {

    private final Envelope envelope;
    private final MessageCodec codec;
    private final boolean fromPeer;
    private final Long peerId;

    public IncomingMessage(Envelope envelope, MessageCodec codec, boolean fromPeer) {
        this(envelope, codec, fromPeer, null);
    }

    private IncomingMessage(Envelope envelope, MessageCodec codec, boolean fromPeer, Long peerId) {
        this.envelope = envelope;
        this.codec = codec;
        this.fromPeer = fromPeer;
        this.peerId = peerId;
    }

    /** A message that the peer playing character {@code peerId} sent over a direct connection. */
    public static IncomingMessage fromPeer(Envelope envelope, MessageCodec codec, long peerId) {
        return new IncomingMessage(envelope, codec, true, peerId);
    }

    public String type() {
        return envelope.type();
    }

    /** The server's per-session sequence number; empty for {@code auth_response}, {@code pong} and peer messages. */
    public OptionalLong seq() {
        return envelope.seq() == null ? OptionalLong.empty() : OptionalLong.of(envelope.seq());
    }

    /** Epoch milliseconds stamped by the sender. */
    public OptionalLong timestamp() {
        return envelope.timestamp() == null ? OptionalLong.empty() : OptionalLong.of(envelope.timestamp());
    }

    /** The delivery priority, or empty when absent or not one the protocol defines. */
    public Optional<Priority> priority() {
        String wire = envelope.priority();
        if (wire == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Priority.valueOf(wire.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** For {@code ack} and {@code error}: the id of the client message answered. */
    public Optional<String> replyTo() {
        return Optional.ofNullable(envelope.replyTo());
    }

    /** Whether this came from another player over a peer connection rather than from the server. */
    public boolean fromPeer() {
        return fromPeer;
    }

    /** For a message from a peer connection: the character id of the peer that sent it. */
    public OptionalLong peerId() {
        return peerId == null ? OptionalLong.empty() : OptionalLong.of(peerId);
    }

    public JsonObject json() {
        return envelope.json();
    }

    public Envelope envelope() {
        return envelope;
    }

    /**
     * The payload bound to {@code model}.
     *
     * @throws MasterServerException {@code INVALID_MESSAGE} when the fields do not fit the record
     */
    public <T> T payload(Class<T> model) {
        try {
            return codec.payload(envelope, model);
        } catch (ProtocolException bad) {
            throw MasterServerException.local(bad.errorCode(), bad.getMessage());
        }
    }

    /**
     * The payload bound to the record registered for this type; the raw JSON object when the type is
     * not registered.
     */
    public Object payload() {
        Optional<MessageType> type = codec.types().find(type());
        return type.isPresent() ? payload(type.get().model()) : json();
    }

    /** Whether this is a server {@code error}, as a convenience for catch-all handlers. */
    public boolean isError() {
        return "error".equals(type());
    }

    /** The error code of an {@code error} message, or empty. */
    public Optional<ErrorCode> errorCode() {
        return isError() ? Optional.ofNullable(ErrorCode.fromWire(json().getString("error_code", null))) : Optional.empty();
    }

    @Override
    public String toString() {
        return "IncomingMessage[type=" + type() + ", seq=" + envelope.seq() + ", fromPeer=" + fromPeer
                + (peerId == null ? "" : ", peerId=" + peerId) + "]";
    }
}
