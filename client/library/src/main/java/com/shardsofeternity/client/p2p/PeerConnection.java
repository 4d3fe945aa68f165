package com.shardsofeternity.client.p2p;

import com.shardsofeternity.client.realtime.TransportListener;
import com.shardsofeternity.protocol.message.P2pHello;
import com.shardsofeternity.protocol.message.P2pOffer;
import jakarta.websocket.CloseReason.CloseCodes;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One WebSocket between two peers, from this end: the opening exchange, then protocol messages under
 * the pair's cipher.
 *
 * <p>The opening exchange: the dialler sends {@code p2p_hello} with its offer's ticket in plain JSON; the
 * listener redeems the ticket (see {@link TicketBook}) and answers with the same hello sealed under the
 * pair's key; the dialler, once that answer opens under the key and names its ticket, confirms with the
 * hello sealed in turn. Each end counts the link as open only when the other has proved the key, so
 * neither takes whoever holds a ticket, or listens at an address, for the peer the server introduced.
 * A connection that does not complete the exchange within the handshake timeout is closed.
 */
final class PeerConnection {

    private enum State { AWAITING_HELLO, REDEEMING, AWAITING_CONFIRMATION, AWAITING_ANSWER, OPEN, CLOSED }

    private final P2pNode node;
    private final CompletableFuture<ConnectedPeer> opened = new CompletableFuture<>();
    private volatile PeerSocket socket;
    private State state;
    private P2pOffer offer;
    private PeerCipher cipher;
    private Long locationId;

    private PeerConnection(P2pNode node, PeerSocket socket, State state, P2pOffer offer, PeerCipher cipher) {
        this.node = node;
        this.socket = socket;
        this.state = state;
        this.offer = offer;
        this.cipher = cipher;
    }

    /** A connection a peer opened to our listener; it must say hello first. */
    static PeerConnection accepted(P2pNode node, PeerSocket socket) {
        return new PeerConnection(node, socket, State.AWAITING_HELLO, null, null);
    }

    /** A connection we are about to dial for {@code offer}; {@link #dialled} attaches the socket. */
    static PeerConnection dialling(P2pNode node, P2pOffer offer, PeerCipher cipher) {
        return new PeerConnection(node, null, State.AWAITING_ANSWER, offer, cipher);
    }

    /** Completes with the peer once the opening exchange succeeded; fails when the connection ends first. */
    CompletableFuture<ConnectedPeer> opened() {
        return opened;
    }

    /** Forwards the dialled socket's events here. */
    TransportListener transportListener() {
        return new TransportListener() {
            @Override
            public void onText(String text) {
                onFrame(text);
            }

            @Override
            public void onClosed(int code, String reason) {
                PeerConnection.this.onClosed(code, reason);
            }
        };
    }

    /** The dialled socket is open: say hello with the offer's ticket, unless the attempt was given up meanwhile. */
    void dialled(PeerSocket dialledSocket) {
        boolean givenUp;
        synchronized (this) {
            givenUp = state == State.CLOSED;
            socket = dialledSocket;
        }
        if (givenUp) {
            dialledSocket.close(CloseCodes.GOING_AWAY.getCode(), "the attempt was given up");
        } else {
            dialledSocket.send(node.hello(offer.ticket(), cipher.encrypted()));
        }
    }

    void onFrame(String frame) {
        if (frame.length() > P2pNode.MAX_FRAME_CHARS) {
            close(CloseCodes.TOO_BIG.getCode(), "frame too large");
            return;
        }
        State current;
        synchronized (this) {
            current = state;
        }
        switch (current) {
            case AWAITING_HELLO -> readHello(frame);
            case AWAITING_CONFIRMATION -> readConfirmation(frame);
            case AWAITING_ANSWER -> readAnswer(frame);
            case OPEN -> cipher.open(frame).ifPresent(message -> node.deliver(offer.peerId(), message));
            case REDEEMING -> refuse("a frame arrived before the hello was answered");
            case CLOSED -> { }
        }
    }

    void onClosed(int code, String reason) {
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
        }
        opened.completeExceptionally(new PeerLinkException("the peer connection closed (" + code + " " + reason + ")"));
        node.connectionClosed(this);
    }

    /** Closes a connection whose opening exchange did not finish in time. */
    void handshakeTimedOut() {
        boolean pending;
        synchronized (this) {
            pending = state != State.OPEN && state != State.CLOSED;
        }
        if (pending) {
            refuse("the opening exchange took too long");
        }
    }

    CompletableFuture<Void> send(String message) {
        PeerCipher openCipher;
        synchronized (this) {
            if (state != State.OPEN) {
                return CompletableFuture.failedFuture(new PeerLinkException("the peer link is not open"));
            }
            openCipher = cipher;
        }
        return socket.send(openCipher.seal(message));
    }

    void close(int code, String reason) {
        PeerSocket current = socket;
        if (current != null) {
            current.close(code, reason);
        } else {
            onClosed(code, reason);
        }
    }

    /** The peer this connection is for, or empty while an accepted connection has not said hello. */
    synchronized Optional<Long> peerId() {
        return offer == null ? Optional.empty() : Optional.of(offer.peerId());
    }

    /** Where this client's character was when the link opened, if known. */
    synchronized Optional<Long> locationId() {
        return Optional.ofNullable(locationId);
    }

    synchronized ConnectedPeer describe() {
        return new ConnectedPeer(offer.peerId(), offer.peerName(), cipher.encrypted());
    }

    private void readHello(String frame) {
        Optional<P2pHello> hello = node.readHello(frame);
        if (hello.isEmpty() || hello.get().ticket() == null) {
            refuse("the first frame must be p2p_hello with a ticket");
            return;
        }
        boolean plaintext = Boolean.FALSE.equals(hello.get().encryption());
        if (plaintext && node.requiresEncryption()) {
            refuse("this listener accepts encrypted peers only");
            return;
        }
        synchronized (this) {
            state = State.REDEEMING;
        }
        node.redeem(hello.get().ticket()).thenAccept(redeemed -> accept(redeemed, plaintext));
    }

    private void accept(Optional<P2pOffer> redeemed, boolean plaintext) {
        if (redeemed.isEmpty()) {
            refuse("unknown, used or expired ticket");
            return;
        }
        Optional<PeerCipher> agreed = plaintext ? Optional.of(PeerCipher.plaintext()) : node.cipherFor(redeemed.get());
        if (agreed.isEmpty()) {
            refuse("no key for this introduction");
            return;
        }
        synchronized (this) {
            if (state != State.REDEEMING) {
                return;
            }
            offer = redeemed.get();
            cipher = agreed.get();
            state = State.AWAITING_CONFIRMATION;
        }
        socket.send(sealedHello());
    }

    private void readConfirmation(String frame) {
        if (provesTheKey(frame, "the dialler's confirmation did not prove the pair's key")) {
            markOpen(State.AWAITING_CONFIRMATION);
        }
    }

    private void readAnswer(String frame) {
        if (provesTheKey(frame, "the listener's answer did not prove the pair's key")) {
            socket.send(sealedHello());
            markOpen(State.AWAITING_ANSWER);
        }
    }

    /** Whether the frame is our ticket's hello sealed under the pair's cipher; refuses the connection if not. */
    private boolean provesTheKey(String frame, String refusal) {
        Optional<P2pHello> hello = cipher.open(frame).flatMap(node::readHello);
        if (hello.isEmpty() || !offer.ticket().equals(hello.get().ticket())) {
            refuse(refusal);
            return false;
        }
        return true;
    }

    private String sealedHello() {
        return cipher.seal(node.hello(offer.ticket(), cipher.encrypted()));
    }

    private void markOpen(State from) {
        synchronized (this) {
            if (state != from) {
                return;
            }
            state = State.OPEN;
            locationId = node.currentLocation().orElse(null);
        }
        node.linkOpened(this);
        opened.complete(describe());
    }

    private void refuse(String reason) {
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
        }
        node.stats().countRefusedHandshake();
        close(CloseCodes.VIOLATED_POLICY.getCode(), reason);
    }
}
