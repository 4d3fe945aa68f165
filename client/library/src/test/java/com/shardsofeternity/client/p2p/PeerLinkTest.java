package com.shardsofeternity.client.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Eventually;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two real nodes on loopback, introduced by a stand-in for the server, talking directly. */
class PeerLinkTest {

    private final TestIntroducer server = new TestIntroducer();
    private TestPeer aria;
    private TestPeer bram;

    @AfterEach
    void closePeers() throws Exception {
        for (TestPeer peer : new TestPeer[] {aria, bram}) {
            if (peer != null) {
                peer.close();
            }
        }
    }

    private TestPeer peer(long id, PeerSettings settings) {
        return server.join(new TestPeer(id, settings, peerId -> server.introduce(id, peerId)));
    }

    @Test
    void introducedPeersExchangeMessagesBothWays() throws Exception {
        aria = peer(1, TestPeer.settings());
        bram = peer(2, TestPeer.settings());
        bram.listen();

        ConnectedPeer linked = aria.node.connect(2).get(5, TimeUnit.SECONDS);
        aria.node.send(2, MessageTypes.CHAT, Chat.send("party", "to bram")).get(5, TimeUnit.SECONDS);

        assertThat(linked).isEqualTo(new ConnectedPeer(2, "Hero 2", true));
        Eventually.await("bram to hear aria", () -> !bram.received.isEmpty());
        assertThat(bram.received.get(0).peerId()).isEqualTo(1);
        assertThat(bram.received.get(0).message()).contains("\"type\":\"chat\"").contains("to bram");
        assertThat(bram.node.connectedPeers()).containsExactly(new ConnectedPeer(1, "Hero 1", true));

        bram.node.send(1, MessageTypes.CHAT, Chat.send("party", "to aria")).get(5, TimeUnit.SECONDS);
        Eventually.await("aria to hear bram", () -> !aria.received.isEmpty());
        assertThat(aria.received.get(0).message()).contains("to aria");
    }
}
