package com.shardsofeternity.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.ClosedPort;
import com.shardsofeternity.client.Eventually;
import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.glassfish.tyrus.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Tyrus transport against a real local socket: an endpoint that echoes text and closes with the
 * code it is asked for. It knows nothing of the game protocol.
 */
class TyrusTransportTest {

    /** Echoes every text frame; {@code close:<code>} closes the socket with that code instead. */
    @ServerEndpoint("/ws")
    public static class EchoOrCloseEndpoint {
        @OnMessage
        public String onMessage(String text, Session session) throws IOException {
            if (text.startsWith("close:")) {
                int code = Integer.parseInt(text.substring("close:".length()));
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), "asked to close"));
                return null;
            }
            return text;
        }
    }

    /** Keeps the headers of every handshake it answers, for the tests to inspect. */
    public static class HandshakeRecorder extends ServerEndpointConfig.Configurator {
        static final LinkedBlockingQueue<Map<String, List<String>>> HANDSHAKES = new LinkedBlockingQueue<>();

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            HANDSHAKES.add(Map.copyOf(request.getHeaders()));
        }
    }

    /** Accepts connections and records their handshakes. */
    @ServerEndpoint(value = "/recorded", configurator = HandshakeRecorder.class)
    public static class HandshakeRecordingEndpoint {
        @OnMessage
        public String onMessage(String text) {
            return text;
        }
    }

    /** Records what the transport reports. */
    private static final class Recorder implements TransportListener {
        final LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final CompletableFuture<String> closed = new CompletableFuture<>();

        @Override
        public void onText(String text) {
            texts.add(text);
        }

        @Override
        public void onClosed(int code, String reason) {
            closed.complete(code + " " + reason);
        }
    }

    private Set<Thread> threadsBefore;
    private Server server;
    private URI uri;
    private final TyrusTransport transport = new TyrusTransport(null, Duration.ofSeconds(5));

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    @BeforeEach
    void startEndpoint() throws Exception {
        threadsBefore = liveThreads();
        int port = ClosedPort.find();
        server = new Server("127.0.0.1", port, "/", Map.of(), EchoOrCloseEndpoint.class, HandshakeRecordingEndpoint.class);
        server.start();
        uri = URI.create("ws://127.0.0.1:" + port + "/ws");
    }

    @AfterEach
    void stopEndpoint() {
        transport.close();
        server.stop();
    }

    @Test
    void textFramesTravelBothWaysAndTheServersCloseCodeIsReported() throws Exception {
        Recorder recorder = new Recorder();
        TransportConnection connection = transport.open(uri, recorder).get(5, TimeUnit.SECONDS);

        connection.sendText("{\"type\":\"ping\"}").get(5, TimeUnit.SECONDS);
        assertThat(recorder.texts.poll(5, TimeUnit.SECONDS)).isEqualTo("{\"type\":\"ping\"}");

        connection.sendText("close:4004");
        assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("4004 asked to close");
    }

    @Test
    void concurrentSendsAllArrive() throws Exception {
        Recorder recorder = new Recorder();
        TransportConnection connection = transport.open(uri, recorder).get(5, TimeUnit.SECONDS);
        CompletableFuture<?>[] sends = new CompletableFuture<?>[200];
        for (int i = 0; i < sends.length; i++) {
            int n = i;
            sends[i] = CompletableFuture.runAsync(() -> connection.sendText("m" + n).join());
        }
        CompletableFuture.allOf(sends).get(10, TimeUnit.SECONDS);
        Eventually.await("200 echoes", () -> recorder.texts.size() == 200);
    }

    @Test
    void aClientCloseIsReportedWithItsCode() throws Exception {
        Recorder recorder = new Recorder();
        TransportConnection connection = transport.open(uri, recorder).get(5, TimeUnit.SECONDS);
        connection.close(1000, "done");
        assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).startsWith("1000");
    }

    @Test
    void theHandshakeCarriesNoOriginLikeEveryNativeClient() throws Exception {
        HandshakeRecorder.HANDSHAKES.clear();
        URI recorded = uri.resolve("/recorded");

        transport.open(recorded, new Recorder()).get(5, TimeUnit.SECONDS).close(1000, "done");

        Map<String, List<String>> headers = HandshakeRecorder.HANDSHAKES.poll(5, TimeUnit.SECONDS);
        assertThat(headers).isNotNull();
        assertThat(headers.keySet()).anyMatch("Host"::equalsIgnoreCase).noneMatch("Origin"::equalsIgnoreCase);
    }

    @Test
    void openingFailsWhenNothingListens() {
        URI nowhere = URI.create("ws://127.0.0.1:" + ClosedPort.find() + "/ws");
        assertThat(transport.open(nowhere, new Recorder())).failsWithin(Duration.ofSeconds(10));
    }

    @Test
    void closingTheTransportAndTheEndpointLeavesNoThreads() throws Exception {
        Recorder recorder = new Recorder();
        TransportConnection connection = transport.open(uri, recorder).get(5, TimeUnit.SECONDS);
        connection.sendText("hello").get(5, TimeUnit.SECONDS);
        recorder.texts.poll(5, TimeUnit.SECONDS);
        connection.close(1000, "done");
        recorder.closed.get(5, TimeUnit.SECONDS);

        transport.close();
        server.stop();

        Eventually.await("no thread left", Duration.ofSeconds(15), () -> {
            Set<Thread> extra = liveThreads();
            extra.removeAll(threadsBefore);
            return extra.isEmpty();
        });
    }
}
