package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.CloseCodes;
import com.shardsofeternity.protocol.Limits;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code /ws} endpoint: transport only (one instance per socket, so the application-scoped
 * collaborators are looked up rather than injected). It decodes nothing itself; every frame goes to the
 * {@link SocketGateway}. Messages over 64 KiB, whole or assembled from fragments, are refused with
 * close code 1009: single frames by the container, fragmented messages by the {@link MessageAssembler}
 * as their parts arrive, before they are buffered whole.
 */
@ServerEndpoint(value = "/ws", configurator = HandshakeGuard.class)
public class GameSocket {

    private static final Logger LOG = Logger.getLogger(GameSocket.class.getName());
    private static final String CONNECTION = "sote.connection";

    private final SocketGateway gateway = CDI.current().select(SocketGateway.class).get();
    private final RealtimeRuntime runtime = CDI.current().select(RealtimeRuntime.class).get();
    private final MessageAssembler inbound = new MessageAssembler(Limits.MAX_MESSAGE_BYTES);

    @OnOpen
    public void open(Session socket, EndpointConfig config) {
        socket.setMaxTextMessageBufferSize(Limits.MAX_MESSAGE_BYTES);
        socket.setMaxBinaryMessageBufferSize(Limits.MAX_MESSAGE_BYTES);
        socket.setMaxIdleTimeout(0);
        Connection connection = runtime.newConnection(socket);
        socket.getUserProperties().put(CONNECTION, connection);
        gateway.opened(connection);
    }

    @OnMessage(maxMessageSize = Limits.MAX_MESSAGE_BYTES)
    public void text(Session socket, String part, boolean last) {
        Connection connection = connectionOf(socket);
        if (connection == null) {
            return;
        }
        String text;
        try {
            text = inbound.text(part, last);
        } catch (MessageAssembler.TooLarge tooLarge) {
            connection.close(CloseCodes.TOO_LARGE, tooLarge.getMessage());
            return;
        }
        if (text != null) {
            try {
                gateway.onText(connection, text);
            } catch (RuntimeException failure) {
                LOG.log(Level.SEVERE, "unexpected failure handling a message; closing the socket", failure);
                connection.close(jakarta.websocket.CloseReason.CloseCodes.UNEXPECTED_CONDITION.getCode(), "internal error");
            }
        }
    }

    @OnMessage(maxMessageSize = Limits.MAX_MESSAGE_BYTES)
    public void binary(Session socket, ByteBuffer part, boolean last) {
        Connection connection = connectionOf(socket);
        if (connection == null) {
            return;
        }
        try {
            if (inbound.binary(part.remaining(), last)) {
                gateway.onBinary(connection);
            }
        } catch (MessageAssembler.TooLarge tooLarge) {
            connection.close(CloseCodes.TOO_LARGE, tooLarge.getMessage());
        }
    }

    @OnClose
    public void close(Session socket, CloseReason reason) {
        Connection connection = connectionOf(socket);
        if (connection != null) {
            gateway.closed(connection);
        }
    }

    @OnError
    public void error(Session socket, Throwable failure) {
        LOG.log(Level.FINE, "socket error", failure);
        Connection connection = connectionOf(socket);
        if (connection != null && failure instanceof jakarta.websocket.DecodeException) {
            gateway.onBinary(connection);
        }
    }

    private static Connection connectionOf(Session socket) {
        return (Connection) socket.getUserProperties().get(CONNECTION);
    }
}
