package com.shardsofeternity.server.it.client;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.PartyInvite;
import com.shardsofeternity.protocol.model.PartyView;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.client.Players.Player;

/** Parties formed through the library, for tests that need one as a setting. */
final class Parties {

    private Parties() {
    }

    /** A new party led by {@code leader} that {@code member} has joined on invitation. */
    static PartyView form(Player leader, Player member) {
        Inbox<PartyInvite> invites = Inbox.of(member.client(), MessageTypes.PARTY_INVITE, PartyInvite.class);
        PartyView party = Await.result(leader.client().createParty(Api.uniqueName("Band ")));
        Await.result(leader.client().inviteToParty(party.id(), member.id()));
        invites.await("for the new party", invite -> party.id().equals(invite.partyId()));
        Await.result(member.client().joinParty(party.id()));
        invites.stop();
        return party;
    }
}
