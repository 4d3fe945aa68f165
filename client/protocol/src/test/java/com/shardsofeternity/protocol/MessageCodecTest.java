package com.shardsofeternity.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.message.Ping;
import com.shardsofeternity.protocol.model.Position;
import com.shardsofeternity.protocol.model.ShardView;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

    /** A game's own message type; JSON-B needs it public. */
    public record Emote(String gesture) {
    }

    private final MessageCodec codec = new MessageCodec(MessageTypes.standard());

    @Test
    void serverBodyCarriesTypePriorityTimestampAndSnakeCaseFields() throws Exception {
        String body = codec.encodeServerBody("chat",
                new Chat("global", "hi", "m1", 7L, "Aria", null, null), 1234L);
        String frame = MessageCodec.withSeq(body, 42);

        Envelope envelope = codec.decode(frame);
        assertThat(envelope.type()).isEqualTo("chat");
        assertThat(envelope.seq()).isEqualTo(42L);
        assertThat(envelope.timestamp()).isEqualTo(1234L);
        assertThat(envelope.priority()).isEqualTo("normal");
        assertThat(envelope.json().getString("sender_name")).isEqualTo("Aria");
        assertThat(envelope.json().getJsonNumber("sender_id").longValue()).isEqualTo(7L);
        assertThat(codec.payload(envelope, Chat.class)).isEqualTo(new Chat("global", "hi", "m1", 7L, "Aria", null, null));
    }

    @Test
    void nullFieldsAreWrittenSoStrictClientsFindTheKey() throws Exception {
        String json = codec.toJson(new ShardView(1L, "Phoenix Flame", 2L, null, null));
        assertThat(json).contains("\"owning_faction\":null").contains("\"captured_at\":null").contains("\"location_id\":2");
    }

    @Test
    void clientMessageRoundTripsNestedRecords() throws Exception {
        String text = codec.encodeClient("location_update", "a-1",
                LocationUpdate.send(new Position(1.5, 0.0, -2.0), new Position(0.0, 0.0, 1.0)));
        Envelope envelope = codec.decode(text);
        assertThat(envelope.id()).isEqualTo("a-1");
        LocationUpdate update = codec.payload(envelope, LocationUpdate.class);
        assertThat(update.position()).isEqualTo(new Position(1.5, 0.0, -2.0));
    }

    @Test
    void pingNonceOfAnyJsonTypeIsKept() throws Exception {
        Envelope envelope = codec.decode("{\"type\":\"ping\",\"nonce\":{\"a\":[1,2]}}");
        Ping ping = codec.payload(envelope, Ping.class);
        assertThat(ping.nonce()).isEqualTo(Json.createObjectBuilder().add("a", Json.createArrayBuilder().add(1).add(2)).build());
    }

    @Test
    void malformedJsonIsInvalidMessageWithoutReplyTo() {
        assertThatThrownBy(() -> codec.decode("{not json"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_MESSAGE);
                    assertThat(e.replyTo()).isNull();
                });
        assertThatThrownBy(() -> codec.decode("[1,2]")).isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> codec.decode("")).isInstanceOf(ProtocolException.class);
    }

    @Test
    void overlongOrNonStringIdIsRefusedWithoutReplyTo() {
        String longId = "x".repeat(65);
        assertThatThrownBy(() -> codec.decode("{\"type\":\"chat\",\"id\":\"" + longId + "\"}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.replyTo()).isNull());
        assertThatThrownBy(() -> codec.decode("{\"type\":\"chat\",\"id\":5}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.replyTo()).isNull());
    }

    @Test
    void missingTypeKeepsTheIdForTheAnswer() {
        assertThatThrownBy(() -> codec.decode("{\"id\":\"q\"}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.replyTo()).isEqualTo("q"));
    }

    @Test
    void unknownTypeIsReportedAsSuch() throws Exception {
        Envelope envelope = codec.decode("{\"type\":\"teleport\",\"id\":\"t\"}");
        assertThatThrownBy(() -> codec.payload(envelope))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.UNKNOWN_MESSAGE_TYPE);
                    assertThat(e.replyTo()).isEqualTo("t");
                });
    }

    @Test
    void wrongFieldTypesAreInvalidMessage() throws Exception {
        Envelope envelope = codec.decode("{\"type\":\"move\",\"id\":\"m\",\"from_location_id\":\"north\"}");
        assertThatThrownBy(() -> codec.payload(envelope))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_MESSAGE));
    }

    @Test
    void batchWrapsFramesVerbatim() throws Exception {
        String a = MessageCodec.withSeq(codec.encodeServerBody("ack", new com.shardsofeternity.protocol.message.Ack("x"), 1), 1);
        String b = MessageCodec.withSeq(codec.encodeServerBody("ack", new com.shardsofeternity.protocol.message.Ack("y"), 1), 2);
        Envelope batch = codec.decode(MessageCodec.batch(List.of(a, b)));
        assertThat(batch.type()).isEqualTo("batch");
        assertThat(batch.json().getJsonArray("messages")).hasSize(2);
        assertThat(batch.json().getJsonArray("messages").getJsonObject(1).getInt("seq")).isEqualTo(2);
    }

    @Test
    void announcementIsAHighPriorityServerMessageWithMessageAndSender() throws Exception {
        String body = codec.encodeServerBody(MessageTypes.ANNOUNCEMENT,
                new com.shardsofeternity.protocol.message.Announcement("Maintenance at noon", "ops"), 5L);
        Envelope envelope = codec.decode(MessageCodec.withSeq(body, 3));
        assertThat(envelope.priority()).isEqualTo("high");
        assertThat(envelope.json().getString("message")).isEqualTo("Maintenance at noon");
        assertThat(envelope.json().getString("from")).isEqualTo("ops");
    }

    @Test
    void gamesRegisterTheirOwnTypes() throws Exception {
        MessageTypes types = MessageTypes.standard();
        types.register("emote", Emote.class, Priority.LOW);
        MessageCodec custom = new MessageCodec(types);
        Envelope envelope = custom.decode(custom.encodeClient("emote", null, new Emote("wave")));
        assertThat(custom.payload(envelope)).isEqualTo(new Emote("wave"));
    }

    @Test
    void protocolVersionComparesMajorOnly() {
        assertThat(ProtocolVersion.isCompatible("1.0")).isTrue();
        assertThat(ProtocolVersion.isCompatible("1.7")).isTrue();
        assertThat(ProtocolVersion.isCompatible("2.0")).isFalse();
        assertThat(ProtocolVersion.isCompatible("1")).isFalse();
        assertThat(ProtocolVersion.isCompatible(null)).isFalse();
        assertThat(ProtocolVersion.isWellFormed("2.0")).isTrue();
        assertThat(ProtocolVersion.isWellFormed("x.y")).isFalse();
        assertThat(ProtocolVersion.isCompatible("99999999999999.0")).isFalse();
        assertThat(ProtocolVersion.isWellFormed("\u0661.0")).isFalse();
    }
}
