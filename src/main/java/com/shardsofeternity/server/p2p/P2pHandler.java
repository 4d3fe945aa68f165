package com.shardsofeternity.server.p2p;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.P2pConnect;
import com.shardsofeternity.protocol.message.P2pRegister;
import com.shardsofeternity.server.realtime.HandlerContext;
import com.shardsofeternity.server.realtime.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Socket handler of {@code p2p_register} and {@code p2p_connect}. */
@ApplicationScoped
public class P2pHandler implements MessageHandler {

    @Inject
    P2pService p2p;

    @Override
    public Set<String> types() {
        return Set.of(MessageTypes.P2P_REGISTER, MessageTypes.P2P_CONNECT);
    }

    @Override
    public void handle(HandlerContext context, String type, Object payload) {
        if (payload instanceof P2pRegister register) {
            p2p.register(context.characterId(), context.connection().remoteAddress().orElse(null), register);
        } else if (payload instanceof P2pConnect connect) {
            p2p.connect(context.characterId(), connect);
        }
    }
}
