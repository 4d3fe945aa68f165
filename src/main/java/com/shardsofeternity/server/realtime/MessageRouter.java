package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.Envelope;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageType;
import com.shardsofeternity.protocol.ProtocolException;
import com.shardsofeternity.server.GameException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the handler of a client message's type, binds the payload and hands it over. */
@ApplicationScoped
public class MessageRouter {

    @Inject
    @Any
    Instance<MessageHandler> discovered;
    @Inject
    MessageCodec codec;

    private final Map<String, MessageHandler> handlers = new ConcurrentHashMap<>();

    @PostConstruct
    void discoverHandlers() {
        for (MessageHandler handler : discovered) {
            register(handler);
        }
    }

    /** Adds a handler for its types, replacing any earlier one. */
    public void register(MessageHandler handler) {
        for (String type : handler.types()) {
            handlers.put(type, handler);
        }
    }

    public boolean handles(String type) {
        return handlers.containsKey(type);
    }

    /**
     * Routes a game message.
     *
     * @throws ProtocolException for an unknown type or a payload of the wrong shape
     * @throws GameException for a refusal by the handler, or {@code NO_CHARACTER_SELECTED}
     */
    public void route(PlayerSession session, Connection connection, Envelope envelope) throws ProtocolException {
        MessageType type = codec.typeOf(envelope);
        MessageHandler handler = handlers.get(type.name());
        if (handler == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_MESSAGE_TYPE,
                    "the server does not accept " + type.name() + " from clients", envelope.id());
        }
        Long characterId = session.characterId();
        if (characterId == null) {
            throw new GameException(ErrorCode.NO_CHARACTER_SELECTED, "select a character first (POST /api/characters/select)");
        }
        Object payload = codec.payload(envelope, type.model());
        handler.handle(new HandlerContext(session, connection, characterId), type.name(), payload);
    }
}
