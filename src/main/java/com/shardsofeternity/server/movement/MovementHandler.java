package com.shardsofeternity.server.movement;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.message.Move;
import com.shardsofeternity.server.realtime.HandlerContext;
import com.shardsofeternity.server.realtime.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Socket handler of {@code move} and {@code location_update}. */
@ApplicationScoped
public class MovementHandler implements MessageHandler {

    @Inject
    MovementService movement;

    @Override
    public Set<String> types() {
        return Set.of(MessageTypes.MOVE, MessageTypes.LOCATION_UPDATE);
    }

    @Override
    public void handle(HandlerContext context, String type, Object payload) {
        if (payload instanceof Move move) {
            movement.move(context.characterId(), move);
        } else if (payload instanceof LocationUpdate update) {
            movement.updatePosition(context.characterId(), update);
        }
    }
}
