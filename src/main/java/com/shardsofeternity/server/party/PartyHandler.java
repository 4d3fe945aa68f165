package com.shardsofeternity.server.party;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.PartyInvite;
import com.shardsofeternity.protocol.message.PartyJoin;
import com.shardsofeternity.protocol.message.PartyLeave;
import com.shardsofeternity.server.realtime.HandlerContext;
import com.shardsofeternity.server.realtime.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Socket handler of {@code party_invite}, {@code party_join} and {@code party_leave}. */
@ApplicationScoped
public class PartyHandler implements MessageHandler {

    @Inject
    PartyService parties;

    @Override
    public Set<String> types() {
        return Set.of(MessageTypes.PARTY_INVITE, MessageTypes.PARTY_JOIN, MessageTypes.PARTY_LEAVE);
    }

    @Override
    public void handle(HandlerContext context, String type, Object payload) {
        if (payload instanceof PartyInvite invite) {
            parties.invite(context.characterId(), invite.partyId(), invite.inviteeId());
        } else if (payload instanceof PartyJoin join) {
            parties.join(context.characterId(), join.partyId());
        } else if (payload instanceof PartyLeave leave) {
            parties.leave(context.characterId(), leave.partyId());
        }
    }
}
