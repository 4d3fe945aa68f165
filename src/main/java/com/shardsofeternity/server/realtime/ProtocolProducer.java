package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The message type registry and codec of this server. A game built on the server injects
 * {@link MessageTypes} and registers its own types (with a {@link MessageHandler} for each) at start-up.
 */
@ApplicationScoped
public class ProtocolProducer {

    private final MessageTypes types = MessageTypes.standard();
    private final MessageCodec codec = new MessageCodec(types);

    @Produces
    @Singleton
    MessageTypes messageTypes() {
        return types;
    }

    @Produces
    @Singleton
    MessageCodec messageCodec() {
        return codec;
    }
}
