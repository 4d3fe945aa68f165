package com.shardsofeternity.server.chat;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.Limits;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.limits.RateCounter;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PartyRoster;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.ServerMessages;
import com.shardsofeternity.server.validation.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Sends chat. The sender is always the session's character (whatever the client claims); content is
 * trimmed, checked for length and HTML-escaped; the rate limit counts every kind of chat together and
 * only messages that were actually sent.
 */
@ApplicationScoped
public class ChatService {

    @Inject
    PresenceService presence;
    @Inject
    Instance<PartyRoster> parties;
    @Inject
    RateCounter rateCounter;
    @Inject
    EventBus bus;
    @Inject
    ServerMessages messages;
    @Inject
    ChatArchive archive;
    @Inject
    GameSettings settings;
    @Inject
    Clock clock;

    private final MessageIds ids = MessageIds.withRandomNode();

    public void send(long senderId, String channelName, String content) {
        ChatChannel channel = ChatChannel.fromWire(channelName)
                .filter(c -> c != ChatChannel.WHISPER)
                .orElseThrow(() -> GameException.invalid("channel must be global, location, faction or party"));
        String text = cleanContent(content);
        OnlineCharacter sender = online(senderId);
        Audience audience;
        Long partyId = null;
        switch (channel) {
            case GLOBAL -> audience = Audience.everyone();
            case LOCATION -> audience = Audience.location(sender.locationId());
            case FACTION -> audience = new Audience.Faction(sender.faction());
            case PARTY -> {
                partyId = partyOf(senderId).orElseThrow(() -> GameException.forbidden("you are not in a party"));
                audience = new Audience.Party(partyId);
            }
            default -> throw GameException.invalid("unsupported channel");
        }
        throttle(senderId);
        long now = clock.millis();
        long id = ids.next(now);
        Chat chat = new Chat(channel.wireName(), text, Long.toString(id), senderId, sender.name(), null, partyId);
        bus.publish(audience, messages.of(MessageTypes.CHAT, chat));
        archive.append(new ChatRecord(id, channel.wireName(), senderId, sender.name(), text, null, partyId,
                sender.locationId(), sender.faction(), now));
    }

    public void whisper(long senderId, Long recipientId, String content) {
        long recipient = Inputs.id("recipient_id", recipientId);
        String text = cleanContent(content);
        OnlineCharacter sender = online(senderId);
        if (recipient == senderId || !presence.isOnline(recipient)) {
            throw GameException.notFound("no online character " + recipient);
        }
        throttle(senderId);
        long now = clock.millis();
        long id = ids.next(now);
        Chat chat = new Chat(ChatChannel.WHISPER.wireName(), text, Long.toString(id), senderId, sender.name(), recipient, null);
        bus.publish(new Audience.Characters(Set.of(senderId, recipient)),
                messages.withPriority(MessageTypes.CHAT, Priority.HIGH, chat));
        archive.append(new ChatRecord(id, ChatChannel.WHISPER.wireName(), senderId, sender.name(), text, recipient, null,
                sender.locationId(), sender.faction(), now));
    }

    public Optional<Long> partyOf(long characterId) {
        return parties.isResolvable() ? parties.get().partyOf(characterId) : Optional.empty();
    }

    private void throttle(long senderId) {
        long wait = rateCounter.tryAcquire("chat:" + senderId, settings.chatRateLimit(), settings.chatRateWindow(), clock.millis());
        if (wait > 0) {
            throw new GameException(ErrorCode.RATE_LIMITED, "at most " + settings.chatRateLimit() + " chat messages per "
                    + settings.chatRateWindow().toSeconds() + " s; wait a moment", (wait + 999) / 1000);
        }
    }

    private OnlineCharacter online(long characterId) {
        return presence.find(characterId).orElseThrow(
                () -> new GameException(ErrorCode.NO_CHARACTER_SELECTED, "the selected character is not online"));
    }

    static String cleanContent(String content) {
        return HtmlEscaper.escape(Inputs.text("content", content, Limits.MIN_CHAT_LENGTH, Limits.MAX_CHAT_LENGTH));
    }
}
