package com.shardsofeternity.client.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Eventually;
import com.shardsofeternity.client.dispatch.HandlerRegistry;
import com.shardsofeternity.client.dispatch.MessageDispatcher;
import com.shardsofeternity.client.dispatch.SerialExecutor;
import com.shardsofeternity.client.presence.LocalPlayer;
import com.shardsofeternity.client.realtime.TyrusTransport;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bram's handlers feeding his node: the server's word counts, a peer's does not. */
class PeerPresenceWatchTest {

    private static final long ARIA = 1;
    private static final long BRAM = 2;

    private final TestIntroducer server = new TestIntroducer();
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final MessageDispatcher dispatcher = new MessageDispatcher(
            new MessageCodec(MessageTypes.standard()), handlers, new SerialExecutor(Runnable::run));
    private final LocalPlayer self = new LocalPlayer();
    private TestPeer aria;
    private TestPeer bram;

    @BeforeEach
    void bramListens() {
        PeerSettings quick = new PeerSettings(0, 10, true, null, Duration.ofSeconds(1));
        aria = server.join(new TestPeer(ARIA, TestPeer.settings(), peerId -> server.introduce(ARIA, peerId)));
        bram = server.join(new TestPeer(BRAM, quick, peerId -> server.introduce(BRAM, peerId)));
        self.characterId(BRAM);
        new PeerPresenceWatch(bram.node, self).attachTo(handlers);
        bram.listen();
    }

    @AfterEach
    void closePeers() throws Exception {
        aria.close();
        bram.close();
    }

    private void link() throws Exception {
        aria.node.connect(BRAM).get(10, TimeUnit.SECONDS);
        Eventually.await("bram to list aria", () -> !bram.node.connectedPeers().isEmpty());
    }

    private static String offer(String ticket) {
        return "{\"type\":\"p2p_offer\",\"peer_id\":" + ARIA + ",\"peer_name\":\"Aria\",\"session_key\":\""
                + FernetKey.generate(new SecureRandom()).toBase64() + "\",\"ticket\":\"" + ticket
                + "\",\"expires_at\":" + (System.currentTimeMillis() + 30_000) + ",\"role\":\"accept\"}";
    }

    private static String ariaLeft() {
        return "{\"type\":\"player_left\",\"location_id\":1,\"player\":{\"character_id\":" + ARIA + ",\"character_name\":\"Aria\"}}";
    }

    @Test
    void anOfferCountsFromTheServerButNotFromAPeer() throws Exception {
        String fromPeer = TestIntroducer.newTicket();
        String fromServer = TestIntroducer.newTicket();
        dispatcher.dispatchPeerFrame(offer(fromPeer), 9);
        dispatcher.dispatchFrame(offer(fromServer), false);

        try (TyrusTransport transport = new TyrusTransport(null, Duration.ofSeconds(5))) {
            RawDialler forged = RawDialler.connect(transport, bram.node.listenerPort().orElseThrow());
            forged.send(RawDialler.hello(fromPeer, true));
            RawDialler introduced = RawDialler.connect(transport, bram.node.listenerPort().orElseThrow());
            introduced.send(RawDialler.hello(fromServer, true));

            assertThat(forged.awaitClose(5)).isEqualTo(1008);
            assertThat(introduced.awaitFrame()).startsWith("gAAAAA");
        }
    }

    @Test
    void playerLeftClosesTheLinkWhenTheServerSaysSoButNotWhenAPeerDoes() throws Exception {
        link();

        dispatcher.dispatchPeerFrame(ariaLeft(), ARIA);
        assertThat(bram.node.connectedPeers()).hasSize(1);
        dispatcher.dispatchFrame(ariaLeft(), false);

        Eventually.await("the link to close", () -> bram.node.connectedPeers().isEmpty());
    }

    @Test
    void theServerPlacingOurOwnCharacterElsewhereClosesTheLink() throws Exception {
        link();

        dispatcher.dispatchFrame("{\"type\":\"location_update\",\"character_id\":" + BRAM + ",\"location_id\":1,"
                + "\"position\":{\"x\":1,\"y\":0,\"z\":0}}", false);
        assertThat(bram.node.connectedPeers()).hasSize(1);
        dispatcher.dispatchFrame("{\"type\":\"character_update\",\"character_id\":" + BRAM + ",\"location_id\":5}", false);

        Eventually.await("the link to close", () -> bram.node.connectedPeers().isEmpty());
    }

    @Test
    void everyNearbyPlayersFromTheServerRepeatsTheListenerRegistration() {
        int before = bram.registeredPorts.size();

        dispatcher.dispatchFrame("{\"type\":\"nearby_players\",\"location_id\":1,\"players\":[]}", false);
        dispatcher.dispatchPeerFrame("{\"type\":\"nearby_players\",\"location_id\":1,\"players\":[]}", ARIA);

        assertThat(bram.registeredPorts).hasSize(before + 1);
        assertThat(bram.registeredPorts).containsOnly(bram.node.listenerPort().orElseThrow());
    }
}
