package com.shardsofeternity.examples;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.Messages;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.message.PartyInvite;
import com.shardsofeternity.protocol.message.PartyUpdate;
import com.shardsofeternity.protocol.model.PartyMember;
import com.shardsofeternity.protocol.model.PartyView;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A leader creates a party and invites two players, who accept from their {@code party_invite}
 * handler; the party chats, the leader leaves (the lead passes on), the last one out disbands it.
 */
final class PartyExample implements Example {

    @Override
    public String title() {
        return "Parties";
    }

    @Override
    public void run(Demo demo) throws InterruptedException {
        GameClient leader = demo.newPlayer("Leader", "Azure Order");
        List<GameClient> followers = List.of(demo.newPlayer("Scout", "Azure Order"), demo.newPlayer("Healer", "Verdant Circle"));
        CountDownLatch joined = new CountDownLatch(followers.size());
        CountDownLatch chatHeard = new CountDownLatch(followers.size());
        CountDownLatch disbanded = new CountDownLatch(1);
        for (GameClient follower : followers) {
            String name = Demo.nameOf(follower);
            follower.registerHandler(MessageTypes.PARTY_INVITE, PartyInvite.class, invite -> {
                demo.say("  %s is invited to \"%s\" by %s and accepts", name, invite.partyName(), invite.inviterName());
                follower.joinParty(invite.partyId()).whenComplete((done, refused) -> {
                    if (refused != null) {
                        demo.say("  %s could not join: %s", name, refused.getMessage());
                    }
                    joined.countDown();
                });
            });
            follower.registerHandler(MessageTypes.CHAT, Chat.class, chat -> {
                if (Messages.CHANNEL_PARTY.equals(chat.channel())) {
                    demo.say("  %s hears in the party: %s: %s", name, chat.senderName(), chat.content());
                    chatHeard.countDown();
                }
            });
            follower.registerHandler(MessageTypes.PARTY_UPDATE, PartyUpdate.class, update -> {
                demo.say("  %s gets party_update %s: leader %d, members %s", name, update.event(), update.leaderId(),
                        update.members().stream().map(PartyMember::characterName).toList());
                if ("disbanded".equals(update.event())) {
                    disbanded.countDown();
                }
            });
        }

        PartyView party = Await.result(leader.createParty("Wardens of the Tide"));
        demo.say("%s created party #%d \"%s\"", Demo.nameOf(leader), party.id(), party.name());
        for (GameClient follower : followers) {
            Await.result(leader.inviteToParty(party.id(), Demo.idOf(follower)));
        }
        joined.await(10, TimeUnit.SECONDS);
        demo.say("Members, in joining order: %s", Await.result(leader.getParty(party.id())).members().stream()
                .map(PartyMember::characterName).toList());

        Await.result(leader.sendPartyChat("Form up, we leave at dawn."));
        chatHeard.await(10, TimeUnit.SECONDS);

        Await.result(leader.leaveParty(party.id()));
        PartyView afterwards = Await.result(followers.get(0).getParty(party.id()));
        demo.say("%s left; %s now leads", Demo.nameOf(leader), afterwards.members().stream()
                .filter(member -> member.characterId().equals(afterwards.leaderId()))
                .map(PartyMember::characterName).findFirst().orElse("nobody"));
        for (GameClient follower : followers) {
            Await.result(follower.leaveParty(party.id()));
        }
        disbanded.await(10, TimeUnit.SECONDS);
    }
}
