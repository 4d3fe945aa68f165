package com.shardsofeternity.client.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.client.Eventually;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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

    private void linkAriaToBram(PeerSettings ariaSettings, PeerSettings bramSettings) throws Exception {
        aria = peer(1, ariaSettings);
        bram = peer(2, bramSettings);
        bram.listen();
        aria.node.connect(2).get(10, TimeUnit.SECONDS);
        Eventually.await("bram to list aria", () -> !bram.node.connectedPeers().isEmpty());
    }

    private static PeerSettings withSecret(String secret) {
        return new PeerSettings(0, 10, true, secret, TestPeer.HANDSHAKE_TIMEOUT);
    }

    private static PeerSettings plaintext() {
        return new PeerSettings(0, 10, false, null, TestPeer.HANDSHAKE_TIMEOUT);
    }

    @Test
    void introducedPeersExchangeMessagesBothWays() throws Exception {
        aria = peer(1, TestPeer.settings());
        bram = peer(2, TestPeer.settings());
        bram.listen();

        ConnectedPeer linked = aria.node.connect(2).get(10, TimeUnit.SECONDS);
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

    @Test
    void connectingToAnAlreadyLinkedPeerReusesTheLink() throws Exception {
        linkAriaToBram(TestPeer.settings(), TestPeer.settings());

        assertThat(aria.node.connect(2).get(1, TimeUnit.SECONDS)).isEqualTo(new ConnectedPeer(2, "Hero 2", true));
        assertThat(bram.node.stats().refusedHandshakes()).isZero();
        assertThat(aria.node.connectedPeers()).hasSize(1);
    }

    @Test
    void sendingToAPeerWithoutALinkFails() {
        aria = peer(1, TestPeer.settings());

        assertThatThrownBy(() -> aria.node.send(2, MessageTypes.CHAT, Chat.send("party", "anyone?")).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(PeerLinkException.class);
    }

    @Test
    void theServersRefusalFailsTheConnect() {
        RuntimeException notFound = new IllegalStateException("NOT_FOUND: character 2 is not online");
        aria = new TestPeer(1, TestPeer.settings(), peerId -> CompletableFuture.failedFuture(notFound));

        assertThatThrownBy(() -> aria.node.connect(2).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCause(notFound);
    }

    @Test
    void aPeerThatLeavesTheLocationIsDisconnectedOnBothEnds() throws Exception {
        linkAriaToBram(TestPeer.settings(), TestPeer.settings());

        bram.node.peerLeft(1);

        Eventually.await("both ends to drop the link",
                () -> aria.node.connectedPeers().isEmpty() && bram.node.connectedPeers().isEmpty());
    }

    @Test
    void movingToAnotherLocationClosesTheLinksOpenedInTheOldOne() throws Exception {
        linkAriaToBram(TestPeer.settings(), TestPeer.settings());

        aria.node.selfSeenAt(1);
        assertThat(aria.node.connectedPeers()).hasSize(1);
        aria.node.selfSeenAt(7);

        Eventually.await("both ends to drop the link",
                () -> aria.node.connectedPeers().isEmpty() && bram.node.connectedPeers().isEmpty());
    }

    @Test
    void aLocationListWithoutThePeerClosesItsLink() throws Exception {
        linkAriaToBram(TestPeer.settings(), TestPeer.settings());

        bram.node.locationPopulation(1, Set.of(2L, 1L));
        assertThat(bram.node.connectedPeers()).hasSize(1);
        bram.node.locationPopulation(1, Set.of(2L));

        Eventually.await("the link to close", () -> bram.node.connectedPeers().isEmpty());
    }

    @Test
    void thePeerSeenInAnotherLocationIsDisconnected() throws Exception {
        linkAriaToBram(TestPeer.settings(), TestPeer.settings());

        aria.node.peerSeenAt(2, 1);
        assertThat(aria.node.connectedPeers()).hasSize(1);
        aria.node.peerSeenAt(2, 4);

        Eventually.await("the link to close", () -> aria.node.connectedPeers().isEmpty());
    }

    @Test
    void offersWithoutASessionKeyUseTheKeyDerivedFromTheSharedSecret() throws Exception {
        server.withoutSessionKeys();

        linkAriaToBram(withSecret("the guild's own secret"), withSecret("the guild's own secret"));
        aria.node.send(2, MessageTypes.CHAT, Chat.send("party", "under the shared key")).get(5, TimeUnit.SECONDS);

        assertThat(aria.node.connectedPeers()).containsExactly(new ConnectedPeer(2, "Hero 2", true));
        Eventually.await("bram to hear aria", () -> !bram.received.isEmpty());
        assertThat(bram.received.get(0).message()).contains("under the shared key");
    }

    @Test
    void differentSharedSecretsNeverOpenALink() {
        server.withoutSessionKeys();
        aria = peer(1, withSecret("one secret"));
        bram = peer(2, withSecret("another secret"));
        bram.listen();

        assertThatThrownBy(() -> aria.node.connect(2).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(PeerLinkException.class);
        assertThat(aria.node.stats().invalidTokens()).isEqualTo(1);
        assertThat(bram.node.connectedPeers()).isEmpty();
    }

    @Test
    void withNeitherSessionKeyNorSharedSecretNothingIsDialled() {
        server.withoutSessionKeys();
        aria = peer(1, TestPeer.settings());
        bram = peer(2, TestPeer.settings());
        bram.listen();

        assertThatThrownBy(() -> aria.node.connect(2).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(PeerLinkException.class).hasMessageContaining("no key");
    }

    @Test
    void plaintextWorksWhenBothEndsAreConfiguredForIt() throws Exception {
        linkAriaToBram(plaintext(), plaintext());

        aria.node.send(2, MessageTypes.CHAT, Chat.send("party", "in the clear")).get(5, TimeUnit.SECONDS);

        assertThat(aria.node.connectedPeers()).containsExactly(new ConnectedPeer(2, "Hero 2", false));
        Eventually.await("bram to hear aria", () -> !bram.received.isEmpty());
        assertThat(bram.received.get(0).message()).contains("in the clear");
    }

    @Test
    void aPlaintextDiallerIsRefusedByAListenerThatRequiresEncryption() {
        aria = peer(1, plaintext());
        bram = peer(2, TestPeer.settings());
        bram.listen();

        assertThatThrownBy(() -> aria.node.connect(2).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(PeerLinkException.class);
        assertThat(bram.node.stats().refusedHandshakes()).isEqualTo(1);
    }

    @Test
    void aListenerThatIsGoneFailsTheConnect() throws Exception {
        aria = peer(1, TestPeer.settings());
        bram = peer(2, TestPeer.settings());
        bram.listen();
        bram.node.close();

        assertThatThrownBy(() -> aria.node.connect(2).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(PeerLinkException.class);
    }

    @Test
    void closingBothNodesLeavesNoThreadBehind() throws Exception {
        Set<Thread> before = liveThreads();
        linkAriaToBram(TestPeer.settings(), TestPeer.settings());

        aria.close();
        bram.close();

        Eventually.await("the peers' threads to end", Duration.ofSeconds(20), () -> {
            Set<Thread> extra = liveThreads();
            extra.removeAll(before);
            return extra.isEmpty();
        });
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }
}
