package com.shardsofeternity.server.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.PartyInvite;
import com.shardsofeternity.protocol.message.PartyUpdate;
import com.shardsofeternity.protocol.model.PartyMember;
import com.shardsofeternity.protocol.model.PartyView;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.client.Players.Player;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Creating, joining, reading and leaving parties through the client library. */
class PartyIT {

    private static final long NO_SUCH_PARTY = 987_654_321L;

    private final Players players = new Players();

    @AfterEach
    void closePlayers() {
        players.close();
    }

    @Test
    void anInvitedPlayerJoinsAndBothSeeTheMembersInJoiningOrder() {
        Player leader = players.player(Players.AZURE);
        Player member = players.player(Players.VERDANT);
        Inbox<PartyUpdate> leaderHears = Inbox.of(leader.client(), MessageTypes.PARTY_UPDATE, PartyUpdate.class);
        Inbox<PartyUpdate> memberHears = Inbox.of(member.client(), MessageTypes.PARTY_UPDATE, PartyUpdate.class);
        Inbox<PartyInvite> invites = Inbox.of(member.client(), MessageTypes.PARTY_INVITE, PartyInvite.class);
        String name = Api.uniqueName("Wardens ");

        PartyView party = Await.result(leader.client().createParty(name));
        assertThat(party.name()).isEqualTo(name);
        assertThat(party.leaderId()).isEqualTo(leader.id());
        assertThat(party.members()).extracting(PartyMember::characterId).containsExactly(leader.id());
        leaderHears.await("created", event("created"));

        Await.result(leader.client().inviteToParty(party.id(), member.id()));
        PartyInvite invite = invites.await("from the leader", any -> true);
        assertThat(invite.partyId()).isEqualTo(party.id());
        assertThat(invite.partyName()).isEqualTo(name);
        assertThat(invite.inviterId()).isEqualTo(leader.id());
        assertThat(invite.inviterName()).isEqualTo(leader.name());
        assertThat(invite.expiresAt()).isGreaterThan(System.currentTimeMillis());

        Await.result(member.client().joinParty(party.id()));
        for (Inbox<PartyUpdate> hears : List.of(leaderHears, memberHears)) {
            assertThat(hears.await("joined", event("joined")).members())
                    .extracting(PartyMember::characterId).containsExactly(leader.id(), member.id());
        }
        PartyView read = Await.result(member.client().getParty(party.id()));
        assertThat(read.leaderId()).isEqualTo(leader.id());
        assertThat(read.members()).extracting(PartyMember::characterId, PartyMember::characterName)
                .containsExactly(tuple(leader.id(), leader.name()),
                        tuple(member.id(), member.name()));
    }

    @Test
    void onlyTheLeaderInvitesOnlyTheInvitedJoinAndOnlyMembersLook() {
        Player leader = players.player(Players.CRIMSON);
        Player member = players.player(Players.CRIMSON);
        Player outsider = players.player(Players.UMBRAL);
        PartyView party = Parties.form(leader, member);

        assertThat(Refusals.codeOf(member.client().inviteToParty(party.id(), outsider.id()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.codeOf(outsider.client().joinParty(party.id()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.codeOf(leader.client().inviteToParty(party.id(), member.id()))).isEqualTo(ErrorCode.ALREADY_IN_PARTY);
        assertThat(Refusals.codeOf(leader.client().createParty(Api.uniqueName("Second ")))).isEqualTo(ErrorCode.ALREADY_IN_PARTY);
        assertThat(Refusals.refusalOf(outsider.client().getParty(party.id())).httpStatus()).isEqualTo(403);
        assertThat(Refusals.refusalOf(outsider.client().getParty(NO_SUCH_PARTY)).httpStatus()).isEqualTo(404);
    }

    @Test
    void theLeaderLeavingPassesTheLeadAndTheLastOneLeavingDisbands() {
        Player leader = players.player(Players.VERDANT);
        Player second = players.player(Players.VERDANT);
        Player third = players.player(Players.AZURE);
        PartyView party = Parties.form(leader, second);
        Inbox<PartyInvite> thirdInvites = Inbox.of(third.client(), MessageTypes.PARTY_INVITE, PartyInvite.class);
        Await.result(leader.client().inviteToParty(party.id(), third.id()));
        thirdInvites.await("to the party", any -> true);
        Await.result(third.client().joinParty(party.id()));
        Inbox<PartyUpdate> leaderHears = Inbox.of(leader.client(), MessageTypes.PARTY_UPDATE, PartyUpdate.class);
        Inbox<PartyUpdate> secondHears = Inbox.of(second.client(), MessageTypes.PARTY_UPDATE, PartyUpdate.class);
        Inbox<PartyUpdate> thirdHears = Inbox.of(third.client(), MessageTypes.PARTY_UPDATE, PartyUpdate.class);

        Await.result(leader.client().leaveParty(party.id()));

        assertThat(leaderHears.await("left", event("left")).leaderId()).isEqualTo(second.id());
        for (Inbox<PartyUpdate> hears : List.of(secondHears, thirdHears)) {
            PartyUpdate changed = hears.await("leader_changed", event("leader_changed"));
            assertThat(changed.leaderId()).isEqualTo(second.id());
            assertThat(changed.members()).extracting(PartyMember::characterId).containsExactly(second.id(), third.id());
        }
        assertThat(Await.result(third.client().getParty(party.id())).leaderId()).isEqualTo(second.id());
        assertThat(Refusals.codeOf(leader.client().getParty(party.id()))).isEqualTo(ErrorCode.FORBIDDEN);

        Await.result(second.client().leaveParty(party.id()));
        assertThat(thirdHears.awaitCount("leader_changed to the third", 2, event("leader_changed")).get(1).leaderId())
                .isEqualTo(third.id());
        Await.result(third.client().leaveParty(party.id()));

        assertThat(thirdHears.await("disbanded", event("disbanded")).members()).isEmpty();
        assertThat(Refusals.codeOf(third.client().getParty(party.id()))).isEqualTo(ErrorCode.NOT_FOUND);
    }

    private static Predicate<PartyUpdate> event(String name) {
        return update -> name.equals(update.event());
    }
}
