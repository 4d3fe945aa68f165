package com.shardsofeternity.server.p2p;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.P2pConnect;
import com.shardsofeternity.protocol.message.P2pOffer;
import com.shardsofeternity.protocol.message.P2pRegister;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.ServerMessages;
import com.shardsofeternity.server.validation.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Introduces two characters of one location to each other so that they can talk directly.
 *
 * <p>Refusals of {@code p2p_connect}, as PROTOCOL.md lists them ({@code NOT_FOUND}, {@code FORBIDDEN}):
 * a peer that is unknown or not online is {@code NOT_FOUND}, the same answer for both so that the reply
 * does not tell which characters exist; a peer that is online but elsewhere, or has no registered
 * listener, is {@code FORBIDDEN}, since it exists and the caller may see it in its location list anyway.
 * Asking for oneself is {@code INVALID_MESSAGE}.
 */
@ApplicationScoped
public class P2pService {

    static final String ROLE_DIAL = "dial";
    static final String ROLE_ACCEPT = "accept";

    /** A DNS name or an IP literal (IPv6 without brackets). */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-]+");
    private static final int MAX_HOST_LENGTH = 253;

    @Inject
    PresenceService presence;
    @Inject
    PeerListeners listeners;
    @Inject
    PeerSecrets secrets;
    @Inject
    EventBus bus;
    @Inject
    ServerMessages messages;
    @Inject
    GameSettings settings;
    @Inject
    Clock clock;

    /**
     * Remembers the character's listener for the rest of its stay online. Peers are offered the address
     * the socket came from; the declared {@code host} only when the operator trusts client hosts.
     *
     * @param socketAddress the address the server sees the client connect from, or null when unknown
     */
    public void register(long characterId, String socketAddress, P2pRegister request) {
        Integer port = request.port();
        if (port == null || port < 1 || port > 65_535) {
            throw GameException.invalid("port must be 1-65535");
        }
        String host = settings.p2pTrustClientHost() && request.host() != null ? declaredHost(request.host()) : socketAddress;
        if (host == null) {
            throw GameException.forbidden("the server cannot tell the address of this connection");
        }
        listeners.register(online(characterId), new PeerAddress(host, port));
    }

    /**
     * Sends both characters a {@code p2p_offer} with a fresh key and ticket for the pair. The peer may be
     * online on any node: presence and the listener registry answer for the whole deployment, and the
     * offers go out on the event bus.
     */
    public void connect(long dialerId, P2pConnect request) {
        long peerId = Inputs.id("peer_id", request.peerId());
        if (peerId == dialerId) {
            throw GameException.invalid("peer_id is your own character");
        }
        OnlineCharacter dialer = online(dialerId);
        NearbyPlayer peer = presence.lookup(peerId)
                .orElseThrow(() -> GameException.notFound("character " + peerId + " is not online"));
        if (peer.locationId() != dialer.locationId()) {
            throw GameException.forbidden("character " + peerId + " is not in your location");
        }
        PeerAddress peerListener = listeners.of(peerId)
                .orElseThrow(() -> GameException.forbidden("character " + peerId + " has no peer listener registered"));
        PeerAddress dialerListener = listeners.of(dialerId).orElse(null);

        String sessionKey = secrets.newSessionKey();
        String ticket = secrets.newTicket();
        long expiresAt = clock.millis() + settings.p2pTicketMillis();
        bus.publish(Audience.character(peerId), messages.of(MessageTypes.P2P_OFFER, new P2pOffer(
                dialerId, dialer.name(),
                dialerListener == null ? null : dialerListener.host(),
                dialerListener == null ? null : dialerListener.port(),
                sessionKey, ticket, expiresAt, ROLE_ACCEPT)));
        bus.publish(Audience.character(dialerId), messages.of(MessageTypes.P2P_OFFER, new P2pOffer(
                peerId, peer.characterName(), peerListener.host(), peerListener.port(),
                sessionKey, ticket, expiresAt, ROLE_DIAL)));
    }

    private OnlineCharacter online(long characterId) {
        return presence.find(characterId).orElseThrow(
                () -> new GameException(ErrorCode.NO_CHARACTER_SELECTED, "the selected character is not online"));
    }

    private static String declaredHost(String value) {
        String host = Inputs.text("host", value, 1, MAX_HOST_LENGTH);
        if (!HOST.matcher(host).matches()) {
            throw GameException.invalid("host must be a DNS name or an IP address");
        }
        return host;
    }
}
