package com.shardsofeternity.server.combat;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.protocol.message.CombatStart;
import com.shardsofeternity.server.realtime.HandlerContext;
import com.shardsofeternity.server.realtime.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Socket handler of {@code combat_start} and {@code combat_action}. */
@ApplicationScoped
public class CombatHandler implements MessageHandler {

    @Inject
    CombatService combat;

    @Override
    public Set<String> types() {
        return Set.of(MessageTypes.COMBAT_START, MessageTypes.COMBAT_ACTION);
    }

    @Override
    public void handle(HandlerContext context, String type, Object payload) {
        if (payload instanceof CombatStart start) {
            combat.start(context.characterId(), start.targetIds());
        } else if (payload instanceof CombatAction action) {
            combat.act(context.characterId(), action);
        }
    }
}
