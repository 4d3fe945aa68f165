package com.shardsofeternity.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireScanTest {

    private static final String CHAT = "{\"seq\":7,\"type\":\"chat\",\"priority\":\"normal\",\"timestamp\":1,"
            + "\"channel\":\"global\",\"content\":\"%s\",\"message_id\":\"9\",\"party_id\":null,"
            + "\"recipient_id\":null,\"sender_id\":3,\"sender_name\":\"Lt 3\"}";

    private static final String UPDATE = "{\"seq\":%d,\"type\":\"location_update\",\"priority\":\"low\",\"timestamp\":1,"
            + "\"character_id\":%d,\"character_name\":\"Lt 1\",\"location_id\":2,"
            + "\"position\":{\"x\":0.0,\"y\":0.0,\"z\":0.0},\"velocity\":{\"x\":%s,\"y\":%s,\"z\":%s}}";

    @Test
    void chatProbeRoundTripsThroughContent() {
        String frame = CHAT.formatted(ChatProbe.content(1, 12, 345, 6_789_000_000L));
        List<long[]> found = new ArrayList<>();

        int count = ChatProbe.scan(frame, (phase, sender, number, sent) -> found.add(new long[] {phase, sender, number, sent}));

        assertThat(count).isEqualTo(1);
        assertThat(found.get(0)).containsExactly(1, 12, 345, 6_789_000_000L);
    }

    @Test
    void chatProbesAreFoundInEveryMessageOfABatch() {
        String batch = "{\"type\":\"batch\",\"messages\":[" + CHAT.formatted(ChatProbe.content(1, 0, 1, 10)) + ","
                + CHAT.formatted(ChatProbe.content(1, 1, 1, 20)) + "," + CHAT.formatted("hello there") + "]}";
        List<Long> senders = new ArrayList<>();

        int count = ChatProbe.scan(batch, (phase, sender, number, sent) -> senders.add((long) sender));

        assertThat(count).isEqualTo(2);
        assertThat(senders).containsExactly(0L, 1L);
    }

    @Test
    void chatContentThatOnlyLooksLikeAProbeIsIgnored() {
        String frame = CHAT.formatted("lt|1|2|x|4");

        assertThat(ChatProbe.scan(frame, (phase, sender, number, sent) -> { })).isZero();
    }

    @Test
    void positionProbeIsReadFromTheRelayedVelocity() {
        String frame = UPDATE.formatted(4, 77, "12.0", "1534.25", "1.0");
        List<double[]> found = new ArrayList<>();

        int count = PositionProbe.scan(frame, (character, phase, number, sentMillis) ->
                found.add(new double[] {character, phase, number, sentMillis}));

        assertThat(count).isEqualTo(1);
        assertThat(found.get(0)).containsExactly(77, 1, 12, 1534.25);
    }

    @Test
    void positionProbesAreFoundInEveryMessageOfABatch() {
        String batch = "{\"type\":\"batch\",\"messages\":[" + UPDATE.formatted(1, 5, "1.0", "10.5", "0.0") + ","
                + "{\"seq\":2,\"type\":\"player_entered\",\"location_id\":2}," + UPDATE.formatted(3, 6, "2.0", "11.5", "0.0") + "]}";
        List<Long> characters = new ArrayList<>();

        PositionProbe.scan(batch, (character, phase, number, sentMillis) -> characters.add(character));

        assertThat(characters).containsExactly(5L, 6L);
    }

    @Test
    void handWrittenClientMessagesMeanWhatTheCodecWrites() throws Exception {
        var codec = new com.shardsofeternity.protocol.MessageCodec(com.shardsofeternity.protocol.MessageTypes.standard());
        var position = new com.shardsofeternity.protocol.model.Position(0.0, 0.0, 0.0);
        var velocity = PositionProbe.velocity(12, 345.5, 1);

        var chat = codec.payload(codec.decode(Wire.globalChat("lt|1|2|3|4")), com.shardsofeternity.protocol.message.Chat.class);
        var update = codec.payload(codec.decode(Wire.locationUpdate(position, velocity)),
                com.shardsofeternity.protocol.message.LocationUpdate.class);

        assertThat(chat).isEqualTo(com.shardsofeternity.protocol.message.Chat.send("global", "lt|1|2|3|4"));
        assertThat(update).isEqualTo(com.shardsofeternity.protocol.message.LocationUpdate.send(position, velocity));
    }

    @Test
    void pingIsAnsweredWithItsNonce() {
        assertThat(Wire.pongFor("{\"seq\":3,\"type\":\"ping\",\"priority\":\"normal\",\"timestamp\":5,\"nonce\":1700000}"))
                .isEqualTo("{\"type\":\"pong\",\"nonce\":1700000}");
        assertThat(Wire.pongFor("{\"seq\":3,\"type\":\"chat\"}")).isNull();
    }

    @Test
    void errorsAreCountedWithTheirCode() {
        String frame = "{\"type\":\"batch\",\"messages\":[{\"seq\":1,\"type\":\"error\",\"error_code\":\"RATE_LIMITED\"},"
                + "{\"seq\":2,\"type\":\"error\",\"error_code\":\"RATE_LIMITED\"}]}";

        assertThat(Wire.errorCount(frame)).isEqualTo(2);
        assertThat(Wire.firstErrorCode(frame)).isEqualTo("RATE_LIMITED");
    }
}
