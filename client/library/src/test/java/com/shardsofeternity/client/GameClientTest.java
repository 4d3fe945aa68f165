package com.shardsofeternity.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.realtime.ConnectionListener;
import com.shardsofeternity.client.realtime.ConnectionState;
import com.shardsofeternity.client.realtime.ResyncSnapshot;
import com.shardsofeternity.client.realtime.ScriptedTransport;
import com.shardsofeternity.client.realtime.SessionEnd;
import com.shardsofeternity.protocol.Envelope;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client as a game sees it, over a {@link ScriptedTransport} whose server frames each test writes
 * out; REST points at a closed port, so REST reads fail as they would with the server down.
 */
class GameClientTest {

    private final MessageCodec codec = new MessageCodec(MessageTypes.standard());
    private final ScriptedTransport transport = new ScriptedTransport();
    private final ClientConfig config = ClientConfig.builder()
            .serverUrl(ClosedPort.url())
            .requestTimeout(Duration.ofSeconds(2))
            .reconnectBackoff(Duration.ofMillis(1), Duration.ofMillis(5), 1.0)
            .build();
    private final GameClient client = new GameClient(config, transport);
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        client.close();
    }

    private static String authOk(boolean resumed) {
        return "{\"type\":\"auth_response\",\"success\":true,\"player_id\":1,\"character_id\":10,"
                + "\"session_id\":\"s\",\"protocol_version\":\"1.0\",\"heartbeat_interval_ms\":30000,\"resumed\":" + resumed + "}";
    }

    private ScriptedTransport.Attempt connected() throws Exception {
        var connecting = client.connectWithToken("tok");
        ScriptedTransport.Attempt live = transport.nextAttempt().accept();
        live.nextSent();
        live.serverSends(authOk(false));
        connecting.get(2, TimeUnit.SECONDS);
        return live;
    }

    @Test
    void anAcknowledgedMoveUpdatesTheCurrentLocationAndNearbyPlayersComeFromTheCache() throws Exception {
        ScriptedTransport.Attempt live = connected();
        assertThat(client.localPlayer().characterId()).contains(10L);

        var move = client.sendMove(1, 2);
        Envelope sent = codec.decode(live.nextSent());
        assertThat(sent.type()).isEqualTo("move");
        live.serverSends("{\"seq\":1,\"type\":\"ack\",\"reply_to\":\"" + sent.id() + "\"}");
        live.serverSends("{\"seq\":2,\"type\":\"nearby_players\",\"location_id\":2,\"players\":[{\"character_id\":11,"
                + "\"character_name\":\"Bram\",\"level\":1,\"faction\":\"Order\",\"location_id\":2}]}");
        move.get(2, TimeUnit.SECONDS);

        assertThat(client.localPlayer().locationId()).contains(2L);
        Eventually.await("presence applied", () -> !client.getNearbyPlayers().isEmpty());
        assertThat(client.getNearbyPlayers(2)).extracting(p -> p.characterName()).containsExactly("Bram");
    }

    @Test
    void typedAndCatchAllHandlersHearServerMessagesInOrder() throws Exception {
        client.registerHandler(MessageTypes.CHAT, Chat.class, chat -> events.add("chat " + chat.content()));
        client.registerCatchAllHandler(message -> events.add("any " + message.type()));
        ScriptedTransport.Attempt live = connected();

        live.serverSends(MessageCodec.batch(List.of(
                "{\"seq\":1,\"type\":\"chat\",\"channel\":\"global\",\"content\":\"one\"}",
                "{\"seq\":2,\"type\":\"world_state\",\"current_reality\":\"Prime\"}")));

        Eventually.await("both handled", () -> events.size() == 4);
        assertThat(events).containsExactly("any auth_response", "chat one", "any chat", "any world_state");
    }

    @Test
    void positionUpdatesAreSentWithoutAnId() throws Exception {
        ScriptedTransport.Attempt live = connected();
        client.sendPositionUpdate(Messages.position(1, 0, 2), Messages.position(0, 0, 0)).get(2, TimeUnit.SECONDS);
        Envelope sent = codec.decode(live.nextSent());
        assertThat(sent.type()).isEqualTo("location_update");
        assertThat(sent.id()).isNull();
    }

    @Test
    void aRefusedResumeRefreshesBeforeDeliveringNewerMessages() throws Exception {
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onResync(ResyncSnapshot snapshot) {
                events.add("resync world=" + snapshot.worldState());
            }
        });
        client.registerHandler(MessageTypes.CHAT, message -> events.add("chat " + message.seq().getAsLong()));
        client.registerErrorHandler((error, message) -> events.add("error " + error.getClass().getSimpleName()));
        ScriptedTransport.Attempt first = connected();
        first.serverSends("{\"seq\":5,\"type\":\"chat\",\"content\":\"before\"}");
        first.serverCloses(1006, "");

        ScriptedTransport.Attempt second = transport.nextAttempt().accept();
        assertThat(codec.decode(second.nextSent()).json().getJsonNumber("resume_from_seq").longValue()).isEqualTo(5);
        second.serverSends(authOk(false));
        second.serverSends("{\"seq\":1,\"type\":\"chat\",\"content\":\"after\"}");

        Eventually.await("the message after the resync", () -> events.contains("chat 1"));
        assertThat(events.get(0)).isEqualTo("chat 5");
        assertThat(events.subList(1, events.size() - 2)).allMatch(event -> event.startsWith("error "));
        assertThat(events.get(events.size() - 2)).isEqualTo("resync world=null");
        assertThat(events.get(events.size() - 1)).isEqualTo("chat 1");
    }

    @Test
    void disconnectEndsTheSessionAtTheClientsRequest() throws Exception {
        List<SessionEnd> ends = Collections.synchronizedList(new ArrayList<>());
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void onSessionEnded(SessionEnd end) {
                ends.add(end);
            }
        });
        connected();
        client.disconnect().get(2, TimeUnit.SECONDS);
        Eventually.await("the end event", () -> !ends.isEmpty());
        assertThat(ends.get(0).requestedByClient()).isTrue();
        assertThat(client.connectionState()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void requestsBeforeConnectingFailWithNotConnected() {
        assertThat(client.sendChat("global", "anyone?"))
                .failsWithin(Duration.ofSeconds(1)).withThrowableThat().withCauseInstanceOf(NotConnectedException.class);
    }

    @Test
    void closeReleasesTheTransportAndRefusesFurtherWork() throws Exception {
        connected();
        client.close();
        assertThat(transport.isClosed()).isTrue();
        assertThat(client.connectionState()).isEqualTo(ConnectionState.CLOSED);
        assertThat(client.connectWithToken("tok")).failsWithin(Duration.ofSeconds(1));
        client.close();
    }
}
