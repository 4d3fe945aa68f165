package com.shardsofeternity.client.p2p;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Eventually;
import com.shardsofeternity.client.realtime.TyrusTransport;
import com.shardsofeternity.protocol.message.P2pOffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The listener's rules against a hand-driven dialler on loopback: who gets in (the ticket of an offer
 * this client received, once, before it expires), how many at once, and which frames are dropped.
 */
class PeerListenerTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(2);
    private static final long ARIA = 1;
    private static final int VIOLATED_POLICY = 1008;
    private static final int TRY_AGAIN_LATER = 1013;

    private final TyrusTransport transport = new TyrusTransport(null, Duration.ofSeconds(5));
    private final FernetKey pairKey = FernetKey.generate(RANDOM);
    private TestPeer bram;
    private int port;

    private void listen(int maxConnections, boolean encryption) {
        bram = new TestPeer(2, new PeerSettings(0, maxConnections, encryption, null, HANDSHAKE_TIMEOUT),
                peerId -> CompletableFuture.completedFuture(null));
        port = bram.listen();
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        if (bram != null) {
            bram.close();
        }
    }

    /** The server's {@code accept} offer for Aria, as Bram's client receives it. */
    private String offerFromAria(long expiresAt) {
        String ticket = TestIntroducer.newTicket();
        bram.node.onOffer(new P2pOffer(ARIA, "Aria", null, null, pairKey.toBase64(), ticket, expiresAt, "accept"));
        return ticket;
    }

    private String offerFromAria() {
        return offerFromAria(System.currentTimeMillis() + 30_000);
    }

    private RawDialler dialWithHello(String ticket) throws Exception {
        RawDialler dialler = RawDialler.connect(transport, port);
        dialler.send(RawDialler.hello(ticket, true));
        return dialler;
    }

    private String open(String token) throws InvalidTokenException {
        return new String(new Fernet(pairKey).decrypt(token, Duration.ofSeconds(60)), UTF_8);
    }

    private String sealed(String message) {
        return new Fernet(pairKey).encrypt(message.getBytes(UTF_8));
    }

    @Test
    void aHelloWithTheTicketOfAReceivedOfferIsAnsweredUnderThePairsKeyAndLetInOnceConfirmed() throws Exception {
        listen(10, true);
        String ticket = offerFromAria();

        try (RawDialler aria = dialWithHello(ticket)) {
            String answer = aria.awaitFrame();
            assertThat(answer).doesNotContain(ticket).startsWith("gAAAAA");
            assertThat(open(answer)).contains("\"type\":\"p2p_hello\"").contains("\"ticket\":\"" + ticket + "\"");
            assertThat(bram.node.connectedPeers()).as("before the dialler proved the key").isEmpty();

            aria.send(sealed(RawDialler.hello(ticket, true)));

            Eventually.await("the link to be listed", () -> bram.node.connectedPeers().contains(new ConnectedPeer(ARIA, "Aria", true)));
        }
    }

    @Test
    void aDiallerWithTheTicketButNotTheKeyIsNotLetIn() throws Exception {
        listen(10, true);
        String ticket = offerFromAria();
        Fernet thief = new Fernet(FernetKey.generate(RANDOM));

        try (RawDialler stolen = dialWithHello(ticket)) {
            stolen.awaitFrame();
            stolen.send(thief.encrypt(RawDialler.hello(ticket, true).getBytes(UTF_8)));

            assertThat(stolen.awaitClose(5)).isEqualTo(VIOLATED_POLICY);
        }
        assertThat(bram.node.connectedPeers()).isEmpty();
        assertThat(bram.node.stats().invalidTokens()).isEqualTo(1);
        assertThat(bram.node.stats().refusedHandshakes()).isEqualTo(1);
    }

    @Test
    void aTicketLetsInOneConnectionOnly() throws Exception {
        listen(10, true);
        String ticket = offerFromAria();
        try (RawDialler first = dialWithHello(ticket)) {
            first.awaitFrame();
            first.send(sealed(RawDialler.hello(ticket, true)));

            try (RawDialler second = dialWithHello(ticket)) {
                assertThat(second.awaitClose(5)).isEqualTo(VIOLATED_POLICY);
            }
            assertThat(first.isOpen()).isTrue();
            assertThat(bram.node.stats().refusedHandshakes()).isEqualTo(1);
        }
    }

    @Test
    void aTicketThisClientWasNeverOfferedIsRefused() throws Exception {
        listen(10, true);
        offerFromAria();

        try (RawDialler stranger = dialWithHello(TestIntroducer.newTicket())) {
            assertThat(stranger.awaitClose(5)).isEqualTo(VIOLATED_POLICY);
        }
        assertThat(bram.node.connectedPeers()).isEmpty();
        assertThat(bram.node.stats().refusedHandshakes()).isEqualTo(1);
    }

    @Test
    void anExpiredTicketIsRefused() throws Exception {
        listen(10, true);
        String ticket = offerFromAria(System.currentTimeMillis() - 1);

        try (RawDialler late = dialWithHello(ticket)) {
            assertThat(late.awaitClose(5)).isEqualTo(VIOLATED_POLICY);
        }
        assertThat(bram.node.connectedPeers()).isEmpty();
    }

    @Test
    void aHelloMayArriveBeforeTheOfferItsTicketBelongsTo() throws Exception {
        listen(10, true);
        String ticket = TestIntroducer.newTicket();

        try (RawDialler early = dialWithHello(ticket)) {
            Thread.sleep(300);
            bram.node.onOffer(new P2pOffer(ARIA, "Aria", null, null, pairKey.toBase64(), ticket,
                    System.currentTimeMillis() + 30_000, "accept"));

            assertThat(open(early.awaitFrame())).contains(ticket);
        }
    }

    @Test
    void aFirstFrameThatIsNotAHelloIsRefused() throws Exception {
        listen(10, true);
        offerFromAria();

        try (RawDialler rude = RawDialler.connect(transport, port)) {
            rude.send("{\"type\":\"chat\",\"channel\":\"party\",\"content\":\"hi\"}");

            assertThat(rude.awaitClose(5)).isEqualTo(VIOLATED_POLICY);
        }
        assertThat(bram.node.stats().refusedHandshakes()).isEqualTo(1);
    }

    @Test
    void aConnectionThatNeverSaysHelloIsClosedAfterTheHandshakeTimeout() throws Exception {
        listen(10, true);

        try (RawDialler silent = RawDialler.connect(transport, port)) {
            assertThat(silent.awaitClose(5)).isEqualTo(VIOLATED_POLICY);
        }
    }

    @Test
    void aPlaintextHelloIsRefusedByAListenerThatRequiresEncryption() throws Exception {
        listen(10, true);
        String ticket = offerFromAria();

        try (RawDialler plain = RawDialler.connect(transport, port)) {
            plain.send(RawDialler.hello(ticket, false));

            assertThat(plain.awaitClose(5)).isEqualTo(VIOLATED_POLICY);
        }
        assertThat(bram.node.stats().refusedHandshakes()).isEqualTo(1);
    }

    @Test
    void aListenerConfiguredForPlaintextTalksPlaintextToAPlaintextDialler() throws Exception {
        listen(10, false);
        String ticket = offerFromAria();

        try (RawDialler plain = RawDialler.connect(transport, port)) {
            plain.send(RawDialler.hello(ticket, false));
            assertThat(plain.awaitFrame()).startsWith("{").contains(ticket).contains("\"encryption\":false");
            plain.send(RawDialler.hello(ticket, false));
            plain.send("{\"type\":\"chat\",\"channel\":\"party\",\"content\":\"in the clear\"}");

            Eventually.await("the plaintext message", () -> bram.received.size() == 1);
            assertThat(bram.received.get(0).message()).contains("in the clear");
            assertThat(bram.node.connectedPeers()).containsExactly(new ConnectedPeer(ARIA, "Aria", false));
        }
    }

    @Test
    void connectionsBeyondTheLimitAreRefusedWith1013UntilOneCloses() throws Exception {
        listen(2, true);
        RawDialler first = RawDialler.connect(transport, port);
        try (RawDialler second = RawDialler.connect(transport, port);
             RawDialler third = RawDialler.connect(transport, port)) {
            assertThat(third.awaitClose(5)).isEqualTo(TRY_AGAIN_LATER);
            assertThat(bram.node.stats().refusedOverLimit()).isEqualTo(1);
            assertThat(second.isOpen()).isTrue();

            first.close();
            first.awaitClose(5);
            String ticket = offerFromAria();
            try (RawDialler fourth = dialWithHello(ticket)) {
                assertThat(open(fourth.awaitFrame())).contains(ticket);
            }
        }
    }

    @Test
    void tamperedStaleReplayedAndReflectedFramesAreDroppedAndCounted() throws Exception {
        listen(10, true);
        String ticket = offerFromAria();
        Fernet aria = new Fernet(pairKey);
        Fernet ariaTwoMinutesBehind = new Fernet(pairKey, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-2)).withZone(ZoneOffset.UTC), RANDOM);
        try (RawDialler dialler = dialWithHello(ticket)) {
            String answer = dialler.awaitFrame();
            dialler.send(sealed(RawDialler.hello(ticket, true)));
            String first = aria.encrypt(chat("first").getBytes(UTF_8));

            dialler.send(first);
            dialler.send(first);
            dialler.send(answer);
            dialler.send(tampered(aria.encrypt(chat("tampered").getBytes(UTF_8))));
            dialler.send("not a token");
            dialler.send(ariaTwoMinutesBehind.encrypt(chat("stale").getBytes(UTF_8)));
            dialler.send(aria.encrypt(chat("last").getBytes(UTF_8)));

            Eventually.await("the last message", () -> bram.received.size() == 2);
            assertThat(bram.received).extracting(TestPeer.Received::message)
                    .satisfiesExactly(message -> assertThat(message).contains("first"), message -> assertThat(message).contains("last"));
            assertThat(bram.received).extracting(TestPeer.Received::peerId).containsOnly(ARIA);
            P2pStats stats = bram.node.stats();
            assertThat(stats.replayedTokens()).isEqualTo(2);
            assertThat(stats.invalidTokens()).isEqualTo(2);
            assertThat(stats.staleTokens()).isEqualTo(1);
            assertThat(dialler.isOpen()).isTrue();
        }
    }

    private static String chat(String content) {
        return "{\"type\":\"chat\",\"channel\":\"party\",\"content\":\"" + content + "\"}";
    }

    /** The token with one character of its ciphertext changed: still base64, no longer authentic. */
    private static String tampered(String token) {
        char[] chars = token.toCharArray();
        int middle = chars.length / 2;
        chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
        return new String(chars);
    }
}
