package com.shardsofeternity.client;

import com.shardsofeternity.protocol.message.CaptureShard;
import com.shardsofeternity.protocol.message.CharacterUpdate;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.protocol.message.CombatStart;
import com.shardsofeternity.protocol.message.FactionChat;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.message.Move;
import com.shardsofeternity.protocol.message.PartyChat;
import com.shardsofeternity.protocol.message.PartyInvite;
import com.shardsofeternity.protocol.message.PartyJoin;
import com.shardsofeternity.protocol.message.PartyLeave;
import com.shardsofeternity.protocol.message.ShardCaptured;
import com.shardsofeternity.protocol.message.Whisper;
import com.shardsofeternity.protocol.model.Position;
import java.util.List;

/**
 * Builds protocol records the way the original client's {@code create_*_message} helpers did, so a
 * game (or a peer-to-peer relay) fills in only the fields that matter for the direction it sends.
 */
public final class Messages {

    public static final String CHANNEL_GLOBAL = "global";
    public static final String CHANNEL_LOCATION = "location";
    public static final String CHANNEL_FACTION = "faction";
    public static final String CHANNEL_PARTY = "party";
    public static final String CHANNEL_WHISPER = "whisper";

    public static final String ACTION_ATTACK = "attack";
    public static final String ACTION_SPELL = "spell";
    public static final String ACTION_ITEM = "item";
    public static final String ACTION_DEFEND = "defend";
    public static final String ACTION_FLEE = "flee";

    private Messages() {
    }

    public static Chat chat(String channel, String content) {
        return Chat.send(channel, content);
    }

    public static Whisper whisper(long recipientId, String content) {
        return new Whisper(recipientId, content);
    }

    public static PartyChat partyChat(String content) {
        return new PartyChat(content);
    }

    public static FactionChat factionChat(String content) {
        return new FactionChat(content);
    }

    public static Move move(long fromLocationId, long toLocationId) {
        return new Move(fromLocationId, toLocationId);
    }

    public static Position position(double x, double y, double z) {
        return new Position(x, y, z);
    }

    /** A client's own position report; the server fills in who and where. */
    public static LocationUpdate locationUpdate(Position position, Position velocity) {
        return LocationUpdate.send(position, velocity);
    }

    /** A character's visible state, as the server (or a peer relaying it) announces it. */
    public static CharacterUpdate characterUpdate(long characterId, String characterName, int health, int maxHealth,
                                                  long locationId, int level) {
        return new CharacterUpdate(characterId, characterName, health, maxHealth, locationId, level);
    }

    public static CaptureShard captureShard(long shardId) {
        return new CaptureShard(shardId);
    }

    /** A shard changing hands, as the server (or a peer relaying it) announces it. */
    public static ShardCaptured shardCaptured(long shardId, String shardName, long capturedByCharacterId,
                                              String capturedByCharacterName, String faction) {
        return new ShardCaptured(shardId, shardName, capturedByCharacterId, capturedByCharacterName, faction);
    }

    public static PartyInvite partyInvite(long partyId, long inviteeId) {
        return PartyInvite.send(partyId, inviteeId);
    }

    public static PartyJoin partyJoin(long partyId) {
        return new PartyJoin(partyId);
    }

    public static PartyLeave partyLeave(long partyId) {
        return new PartyLeave(partyId);
    }

    public static CombatStart combatStart(List<Long> targetIds) {
        return CombatStart.send(List.copyOf(targetIds));
    }

    public static CombatAction attack(String combatId, long targetId) {
        return new CombatAction(combatId, ACTION_ATTACK, targetId, null, null);
    }

    public static CombatAction castSpell(String combatId, long targetId, String abilityName) {
        return new CombatAction(combatId, ACTION_SPELL, targetId, abilityName, null);
    }

    public static CombatAction useItem(String combatId, long itemId) {
        return new CombatAction(combatId, ACTION_ITEM, null, null, itemId);
    }

    public static CombatAction defend(String combatId) {
        return new CombatAction(combatId, ACTION_DEFEND, null, null, null);
    }

    public static CombatAction flee(String combatId) {
        return new CombatAction(combatId, ACTION_FLEE, null, null, null);
    }
}
