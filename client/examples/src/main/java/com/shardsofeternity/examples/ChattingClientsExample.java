package com.shardsofeternity.examples;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.Messages;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Three players at once: global chat, a whisper, faction chat, each printed as its hearers see it. */
final class ChattingClientsExample implements Example {

    @Override
    public String title() {
        return "Several clients chatting";
    }

    @Override
    public void run(Demo demo) throws InterruptedException {
        GameClient aria = demo.newPlayer("Aria", "Crimson Covenant");
        GameClient brann = demo.newPlayer("Brann", "Crimson Covenant");
        GameClient cyra = demo.newPlayer("Cyra", "Verdant Circle");
        List<GameClient> everyone = List.of(aria, brann, cyra);
        // Global: three lines heard by three players; whisper: two (both ends); faction: the two Covenant members.
        CountDownLatch allHeard = new CountDownLatch(3 * 3 + 2 + 2);
        for (GameClient listener : everyone) {
            String name = Demo.nameOf(listener);
            listener.registerHandler(MessageTypes.CHAT, Chat.class, chat -> {
                demo.say("  %-12s hears [%s] %s: %s", name, chat.channel(), chat.senderName(), chat.content());
                allHeard.countDown();
            });
        }

        for (GameClient speaker : everyone) {
            Await.result(speaker.sendChat(Messages.CHANNEL_GLOBAL, "Hello, I am " + Demo.nameOf(speaker)));
        }
        Await.result(aria.sendWhisper(Demo.idOf(cyra), "psst, meet me at the Nexus"));
        Await.result(brann.sendFactionChat("For the Covenant!"));

        if (!allHeard.await(15, TimeUnit.SECONDS)) {
            demo.say("Some lines did not arrive in time (%d missing)", allHeard.getCount());
        }
    }
}
