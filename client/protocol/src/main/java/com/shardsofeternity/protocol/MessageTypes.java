package com.shardsofeternity.protocol;

import com.shardsofeternity.protocol.message.Ack;
import com.shardsofeternity.protocol.message.Announcement;
import com.shardsofeternity.protocol.message.AuthRequest;
import com.shardsofeternity.protocol.message.AuthResponse;
import com.shardsofeternity.protocol.message.CaptureShard;
import com.shardsofeternity.protocol.message.CharacterUpdate;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.protocol.message.CombatStart;
import com.shardsofeternity.protocol.message.CombatState;
import com.shardsofeternity.protocol.message.ErrorMessage;
import com.shardsofeternity.protocol.message.FactionChat;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.message.Move;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.message.P2pConnect;
import com.shardsofeternity.protocol.message.P2pHello;
import com.shardsofeternity.protocol.message.P2pOffer;
import com.shardsofeternity.protocol.message.P2pRegister;
import com.shardsofeternity.protocol.message.PartyChat;
import com.shardsofeternity.protocol.message.PartyInvite;
import com.shardsofeternity.protocol.message.PartyJoin;
import com.shardsofeternity.protocol.message.PartyLeave;
import com.shardsofeternity.protocol.message.PartyUpdate;
import com.shardsofeternity.protocol.message.Ping;
import com.shardsofeternity.protocol.message.PlayerPresence;
import com.shardsofeternity.protocol.message.Pong;
import com.shardsofeternity.protocol.message.RealityShift;
import com.shardsofeternity.protocol.message.ShardCaptured;
import com.shardsofeternity.protocol.message.Whisper;
import com.shardsofeternity.protocol.model.WorldStateView;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of message types. {@link #standard()} holds every type of PROTOCOL.md; a game built on
 * the server or the client adds its own with {@link #register}, without editing this class.
 */
public final class MessageTypes {

    public static final String AUTH_REQUEST = "auth_request";
    public static final String AUTH_RESPONSE = "auth_response";
    public static final String PING = "ping";
    public static final String PONG = "pong";
    public static final String ACK = "ack";
    public static final String ERROR = "error";
    public static final String BATCH = "batch";
    public static final String CHAT = "chat";
    public static final String WHISPER = "whisper";
    public static final String PARTY_CHAT = "party_chat";
    public static final String FACTION_CHAT = "faction_chat";
    public static final String MOVE = "move";
    public static final String LOCATION_UPDATE = "location_update";
    public static final String NEARBY_PLAYERS = "nearby_players";
    public static final String PLAYER_ENTERED = "player_entered";
    public static final String PLAYER_LEFT = "player_left";
    public static final String CHARACTER_UPDATE = "character_update";
    public static final String CAPTURE_SHARD = "capture_shard";
    public static final String SHARD_CAPTURED = "shard_captured";
    public static final String WORLD_STATE = "world_state";
    public static final String REALITY_SHIFT = "reality_shift";
    public static final String PARTY_INVITE = "party_invite";
    public static final String PARTY_JOIN = "party_join";
    public static final String PARTY_LEAVE = "party_leave";
    public static final String PARTY_UPDATE = "party_update";
    public static final String COMBAT_START = "combat_start";
    public static final String COMBAT_ACTION = "combat_action";
    public static final String COMBAT_STATE = "combat_state";
    public static final String P2P_REGISTER = "p2p_register";
    public static final String P2P_CONNECT = "p2p_connect";
    public static final String P2P_OFFER = "p2p_offer";
    public static final String P2P_HELLO = "p2p_hello";
    public static final String ANNOUNCEMENT = "announcement";

    private final Map<String, MessageType> byName = new ConcurrentHashMap<>();

    /** An empty registry; most callers want {@link #standard()}. */
    public MessageTypes() {
    }

    /** A new registry holding every message type of the protocol. */
    public static MessageTypes standard() {
        MessageTypes types = new MessageTypes();
        types.register(AUTH_REQUEST, AuthRequest.class, Priority.CRITICAL);
        types.register(AUTH_RESPONSE, AuthResponse.class, Priority.CRITICAL);
        types.register(PING, Ping.class, Priority.CRITICAL);
        types.register(PONG, Pong.class, Priority.CRITICAL);
        types.register(ACK, Ack.class, Priority.CRITICAL);
        types.register(ERROR, ErrorMessage.class, Priority.CRITICAL);
        types.register(CHAT, Chat.class, Priority.NORMAL);
        types.register(WHISPER, Whisper.class, Priority.HIGH);
        types.register(PARTY_CHAT, PartyChat.class, Priority.HIGH);
        types.register(FACTION_CHAT, FactionChat.class, Priority.NORMAL);
        types.register(MOVE, Move.class, Priority.NORMAL);
        types.register(LOCATION_UPDATE, LocationUpdate.class, Priority.LOW);
        types.register(NEARBY_PLAYERS, NearbyPlayers.class, Priority.NORMAL);
        types.register(PLAYER_ENTERED, PlayerPresence.class, Priority.NORMAL);
        types.register(PLAYER_LEFT, PlayerPresence.class, Priority.NORMAL);
        types.register(CHARACTER_UPDATE, CharacterUpdate.class, Priority.NORMAL);
        types.register(CAPTURE_SHARD, CaptureShard.class, Priority.NORMAL);
        types.register(SHARD_CAPTURED, ShardCaptured.class, Priority.NORMAL);
        types.register(WORLD_STATE, WorldStateView.class, Priority.NORMAL);
        types.register(REALITY_SHIFT, RealityShift.class, Priority.NORMAL);
        types.register(PARTY_INVITE, PartyInvite.class, Priority.HIGH);
        types.register(PARTY_JOIN, PartyJoin.class, Priority.HIGH);
        types.register(PARTY_LEAVE, PartyLeave.class, Priority.HIGH);
        types.register(PARTY_UPDATE, PartyUpdate.class, Priority.HIGH);
        types.register(COMBAT_START, CombatStart.class, Priority.CRITICAL);
        types.register(COMBAT_ACTION, CombatAction.class, Priority.CRITICAL);
        types.register(COMBAT_STATE, CombatState.class, Priority.CRITICAL);
        types.register(P2P_REGISTER, P2pRegister.class, Priority.HIGH);
        types.register(P2P_CONNECT, P2pConnect.class, Priority.HIGH);
        types.register(P2P_OFFER, P2pOffer.class, Priority.HIGH);
        types.register(P2P_HELLO, P2pHello.class, Priority.HIGH);
        types.register(ANNOUNCEMENT, Announcement.class, Priority.HIGH);
        return types;
    }

    /**
     * Adds a type, or replaces the one of the same name.
     *
     * @return the registered type
     */
    public MessageType register(String name, Class<?> model, Priority priority) {
        MessageType type = new MessageType(name, model, priority);
        byName.put(name, type);
        return type;
    }

    public Optional<MessageType> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }

    /** The registered type of that name; throws when there is none, since that is a programming error. */
    public MessageType get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unregistered message type " + name));
    }

    public Collection<MessageType> all() {
        return Collections.unmodifiableCollection(byName.values());
    }
}
