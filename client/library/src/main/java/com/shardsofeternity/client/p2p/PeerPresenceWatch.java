package com.shardsofeternity.client.p2p;

import com.shardsofeternity.client.dispatch.HandlerRegistry;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.dispatch.Registration;
import com.shardsofeternity.client.presence.LocalPlayer;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CharacterUpdate;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.message.P2pOffer;
import com.shardsofeternity.protocol.message.PlayerPresence;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the {@link P2pNode} what the server says about introductions and whereabouts: {@code p2p_offer},
 * and the presence messages that decide when a link must close ({@code player_left}, {@code nearby_players},
 * {@code location_update} and {@code character_update}). Only the server's word counts: the same
 * messages from a peer are ignored, so a peer can neither introduce anyone nor close anyone's links.
 */
public final class PeerPresenceWatch {

    private final P2pNode node;
    private final LocalPlayer self;

    public PeerPresenceWatch(P2pNode node, LocalPlayer self) {
        this.node = node;
        this.self = self;
    }

    /** Registers the handlers; register after the presence cache's, so the local player's location is current. */
    public List<Registration> attachTo(HandlerRegistry registry) {
        return List.of(
                registry.register(MessageTypes.P2P_OFFER, this::offer),
                registry.register(MessageTypes.PLAYER_LEFT, this::playerLeft),
                registry.register(MessageTypes.NEARBY_PLAYERS, this::nearbyPlayers),
                registry.register(MessageTypes.LOCATION_UPDATE, this::locationUpdate),
                registry.register(MessageTypes.CHARACTER_UPDATE, this::characterUpdate));
    }

    private void offer(IncomingMessage message) {
        if (!message.fromPeer()) {
            node.onOffer(message.payload(P2pOffer.class));
        }
    }

    private void playerLeft(IncomingMessage message) {
        if (message.fromPeer()) {
            return;
        }
        PlayerPresence left = message.payload(PlayerPresence.class);
        if (left.player() != null && left.player().characterId() != null) {
            node.peerLeft(left.player().characterId());
        }
    }

    private void nearbyPlayers(IncomingMessage message) {
        if (message.fromPeer()) {
            return;
        }
        NearbyPlayers nearby = message.payload(NearbyPlayers.class);
        if (nearby.locationId() == null) {
            return;
        }
        Set<Long> present = nearby.players() == null ? Set.of() : nearby.players().stream()
                .map(NearbyPlayer::characterId).filter(Objects::nonNull).collect(Collectors.toSet());
        node.locationPopulation(nearby.locationId(), present);
        node.locationAnnounced();
    }

    private void locationUpdate(IncomingMessage message) {
        if (!message.fromPeer()) {
            LocationUpdate update = message.payload(LocationUpdate.class);
            seenAt(update.characterId(), update.locationId());
        }
    }

    private void characterUpdate(IncomingMessage message) {
        if (!message.fromPeer()) {
            CharacterUpdate update = message.payload(CharacterUpdate.class);
            seenAt(update.characterId(), update.locationId());
        }
    }

    private void seenAt(Long characterId, Long locationId) {
        if (characterId == null || locationId == null) {
            return;
        }
        if (self.isSelf(characterId)) {
            node.selfSeenAt(locationId);
        } else {
            node.peerSeenAt(characterId, locationId);
        }
    }
}
