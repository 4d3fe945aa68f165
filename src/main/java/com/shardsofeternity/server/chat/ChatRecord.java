package com.shardsofeternity.server.chat;

import com.shardsofeternity.protocol.message.Chat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A delivered chat message as it was delivered (content already escaped), with what decides who may read it. */
@Entity
@Table(name = "chat_messages", indexes = {
        @Index(name = "ix_chat_channel_id", columnList = "channel, id"),
        @Index(name = "ix_chat_location", columnList = "location_id, id"),
        @Index(name = "ix_chat_faction", columnList = "faction, id"),
        @Index(name = "ix_chat_party", columnList = "party_id, id"),
        @Index(name = "ix_chat_sender", columnList = "sender_id, id"),
        @Index(name = "ix_chat_recipient", columnList = "recipient_id, id")})
public class ChatRecord {

    @Id
    private Long id;

    @Column(name = "channel", nullable = false, length = 16)
    private String channel;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Column(name = "sender_name", nullable = false, length = 48)
    private String senderName;

    @Column(name = "content", nullable = false, length = 3000)
    private String content;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "party_id")
    private Long partyId;

    @Column(name = "location_id")
    private Long locationId;

    @Column(name = "faction", length = 64)
    private String faction;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    protected ChatRecord() {
    }

    public ChatRecord(long id, String channel, long senderId, String senderName, String content, Long recipientId,
                      Long partyId, Long locationId, String faction, long createdAt) {
        this.id = id;
        this.channel = channel;
        this.senderId = senderId;
        this.senderName = senderName;
        this.content = content;
        this.recipientId = recipientId;
        this.partyId = partyId;
        this.locationId = locationId;
        this.faction = faction;
        this.createdAt = createdAt;
    }

    public Chat view() {
        return new Chat(channel, content, Long.toString(id), senderId, senderName, recipientId, partyId);
    }
}
