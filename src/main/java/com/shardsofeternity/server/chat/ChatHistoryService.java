package com.shardsofeternity.server.chat;

import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.character.CharacterService;
import com.shardsofeternity.server.character.PlayerCharacter;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PresenceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Chat history with the visibility rules of each channel. */
@ApplicationScoped
public class ChatHistoryService {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @Inject
    ChatRepository repository;
    @Inject
    ChatArchive archive;
    @Inject
    ChatService chat;
    @Inject
    PresenceService presence;
    @Inject
    CharacterService characters;

    public List<Chat> history(long characterId, String channelName, Integer limit, String before) {
        ChatChannel channel = ChatChannel.fromWire(channelName == null ? "global" : channelName)
                .orElseThrow(() -> GameException.invalid("channel must be global, location, faction, party or whisper"));
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw GameException.invalid("limit must be 1-" + MAX_LIMIT);
        }
        Long beforeId = parseMessageId(before);
        archive.flush();
        List<ChatRecord> records = switch (channel) {
            case GLOBAL -> repository.history("global", null, null, beforeId, size);
            case LOCATION -> repository.history("location", "c.locationId = :value", currentLocation(characterId), beforeId, size);
            case FACTION -> repository.history("faction", "c.faction = :value", faction(characterId), beforeId, size);
            case PARTY -> chat.partyOf(characterId)
                    .map(party -> repository.history("party", "c.partyId = :value", party, beforeId, size))
                    .orElse(List.of());
            case WHISPER -> repository.history("whisper", "(c.senderId = :value OR c.recipientId = :value)", characterId, beforeId, size);
        };
        return records.stream().map(ChatRecord::view).toList();
    }

    private static Long parseMessageId(String before) {
        if (before == null) {
            return null;
        }
        try {
            return Long.parseLong(before);
        } catch (NumberFormatException notAnId) {
            throw GameException.invalid("before must be a message_id");
        }
    }

    private long currentLocation(long characterId) {
        return presence.find(characterId).map(OnlineCharacter::locationId)
                .orElseGet(() -> stored(characterId).locationId());
    }

    private String faction(long characterId) {
        return presence.find(characterId).map(OnlineCharacter::faction).orElseGet(() -> stored(characterId).faction());
    }

    private PlayerCharacter stored(long characterId) {
        return characters.find(characterId).orElseThrow(() -> GameException.notFound("no character " + characterId));
    }
}
