package com.shardsofeternity.server.chat;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.message.FactionChat;
import com.shardsofeternity.protocol.message.PartyChat;
import com.shardsofeternity.protocol.message.Whisper;
import com.shardsofeternity.server.realtime.HandlerContext;
import com.shardsofeternity.server.realtime.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Socket handler of {@code chat}, {@code whisper}, {@code party_chat} and {@code faction_chat}. */
@ApplicationScoped
public class ChatHandler implements MessageHandler {

    @Inject
    ChatService chat;

    @Override
    public Set<String> types() {
        return Set.of(MessageTypes.CHAT, MessageTypes.WHISPER, MessageTypes.PARTY_CHAT, MessageTypes.FACTION_CHAT);
    }

    @Override
    public void handle(HandlerContext context, String type, Object payload) {
        long sender = context.characterId();
        if (payload instanceof Chat message) {
            chat.send(sender, message.channel(), message.content());
        } else if (payload instanceof Whisper whisper) {
            chat.whisper(sender, whisper.recipientId(), whisper.content());
        } else if (payload instanceof PartyChat partyChat) {
            chat.send(sender, ChatChannel.PARTY.wireName(), partyChat.content());
        } else if (payload instanceof FactionChat factionChat) {
            chat.send(sender, ChatChannel.FACTION.wireName(), factionChat.content());
        }
    }
}
