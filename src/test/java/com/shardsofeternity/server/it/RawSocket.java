package com.shardsofeternity.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/**
 * A WebSocket client that shows exactly what crosses the wire: it sends any text, binary or
 * fragmented frame, and keeps every message the server sent, in order, with {@code batch} frames
 * unpacked. Tests wait for the messages they expect; the others stay available to later waits.
 */
public final class RawSocket implements AutoCloseable {

    /** How long a test waits for something that should happen promptly. */
    public static final Duration WAIT = Duration.ofSeconds(5);

    private static final ClientManager CLIENT = newClient();
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private final List<JsonObject> pending = new ArrayList<>();
    private final List<JsonObject> history = new ArrayList<>();
    private final List<JsonObject> frames = new ArrayList<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private Session session;

    private RawSocket() {
    }

    private static ClientManager newClient() {
        ClientManager client = ClientManager.createClient();
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, 10_000);
        client.setDefaultMaxTextMessageBufferSize(8 * 1024 * 1024);
        return client;
    }

    public static URI uri() {
        return URI.create(Api.baseUrl().replaceFirst("^http", "ws") + "/ws");
    }

    /** Opens {@code /ws} without an {@code Origin} header, as a native client does. */
    public static RawSocket open() throws DeploymentException {
        return open(null);
    }

    /** Opens {@code /ws} with this {@code Origin} header ({@code null}: none). */
    public static RawSocket open(String origin) throws DeploymentException {
        RawSocket socket = new RawSocket();
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create().configurator(new ClientEndpointConfig.Configurator() {
            @Override
            public void beforeRequest(Map<String, List<String>> headers) {
                headers.keySet().removeIf(name -> name.equalsIgnoreCase("Origin"));
                if (origin != null) {
                    headers.put("Origin", List.of(origin));
                }
            }
        }).build();
        try {
            socket.session = CLIENT.connectToServer(socket.new Listener(), config, uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return socket;
    }

    /** A socket authenticated as {@code player}, past its first {@code nearby_players}. */
    public static RawSocket online(Api.Player player) {
        try {
            RawSocket socket = open();
            JsonObject response = socket.authenticate(player.token());
            assertThat(response.getBoolean("success")).as("auth_response %s", response).isTrue();
            socket.await("nearby_players");
            return socket;
        } catch (DeploymentException e) {
            throw new IllegalStateException("could not open " + uri(), e);
        }
    }

    /** Sends {@code auth_request} and waits for the {@code auth_response}. */
    public JsonObject authenticate(String token) {
        return authenticate(token, null);
    }

    public JsonObject authenticate(String token, Long resumeFromSeq) {
        send(message("auth_request", null, "token", token, "protocol_version", "1.0", "resume_from_seq", resumeFromSeq));
        return await("auth_response");
    }

    // ---- sending ----------------------------------------------------------------------------------

    public void send(String text) {
        try {
            session.getBasicRemote().sendText(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code {"type":type, ...}} without an id. */
    public void sendMessage(String type, Object... keysAndValues) {
        send(message(type, null, keysAndValues));
    }

    /** Sends {@code {"type":type, "id":fresh, ...}} and returns the id. */
    public String request(String type, Object... keysAndValues) {
        String id = "m" + NEXT_ID.incrementAndGet();
        send(message(type, id, keysAndValues));
        return id;
    }

    /** Sends a message with a fresh id and waits for its {@code ack} or {@code error}. */
    public JsonObject call(String type, Object... keysAndValues) {
        return awaitReply(request(type, keysAndValues));
    }

    /** Like {@link #call}, failing unless the answer is an {@code ack}. */
    public void ok(String type, Object... keysAndValues) {
        JsonObject reply = call(type, keysAndValues);
        assertThat(reply.getString("type")).as("reply to %s: %s", type, reply).isEqualTo("ack");
    }

    /** Moves to a neighbor and waits for the acknowledgement and the new {@code nearby_players}. */
    public JsonObject move(long from, long to) {
        ok("move", "from_location_id", from, "to_location_id", to);
        return await(m -> m.getString("type").equals("nearby_players") && m.getJsonNumber("location_id").longValue() == to,
                WAIT, "nearby_players of location " + to);
    }

    public void sendBinary(byte[] data) {
        try {
            session.getBasicRemote().sendBinary(ByteBuffer.wrap(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one fragment of a text message; the message ends with the fragment whose {@code last} is true. */
    public void sendPart(String fragment, boolean last) {
        try {
            session.getBasicRemote().sendText(fragment, last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code {"type":type,"id":id,...}} from keys and values: strings, integral numbers (written as
     * integers), doubles, booleans, {@link JsonValue}s or null; a null id is left out.
     */
    public static String message(String type, String id, Object... keysAndValues) {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("type", type);
        if (id != null) {
            builder.add("id", id);
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value == null) {
                builder.addNull(key);
            } else if (value instanceof Double || value instanceof Float) {
                builder.add(key, ((Number) value).doubleValue());
            } else if (value instanceof Number number) {
                builder.add(key, number.longValue());
            } else if (value instanceof Boolean flag) {
                builder.add(key, flag);
            } else if (value instanceof JsonValue json) {
                builder.add(key, json);
            } else {
                builder.add(key, value.toString());
            }
        }
        return builder.build().toString();
    }

    /** The {@code reply_to} of an answer, or null when it has none. */
    public static String replyTo(JsonObject message) {
        JsonValue value = message.get("reply_to");
        return value instanceof jakarta.json.JsonString text ? text.getString() : null;
    }

    public static JsonObject position(double x, double y, double z) {
        return Json.createObjectBuilder().add("x", x).add("y", y).add("z", z).build();
    }

    // ---- receiving --------------------------------------------------------------------------------

    /** The next message of {@code type} not yet taken by a wait. */
    public JsonObject await(String type) {
        return await(type, WAIT);
    }

    public JsonObject await(String type, Duration timeout) {
        return await(m -> type.equals(m.getString("type")), timeout, type);
    }

    /** The next {@code error} with this code. */
    public JsonObject awaitError(String errorCode) {
        return await(m -> m.getString("type").equals("error") && errorCode.equals(m.getString("error_code", null)),
                WAIT, "error " + errorCode);
    }

    /** The {@code ack} or {@code error} answering the message with this id. */
    public JsonObject awaitReply(String id) {
        return await(m -> (m.getString("type").equals("ack") || m.getString("type").equals("error"))
                && id.equals(replyTo(m)), WAIT, "reply to " + id);
    }

    /** The next chat message with this content. */
    public JsonObject awaitChat(String content) {
        return await(m -> m.getString("type").equals("chat") && content.equals(m.getString("content", null)), WAIT,
                "chat '" + content + "'");
    }

    /** Takes the first message not yet taken that matches, waiting up to {@code timeout} for it. */
    public synchronized JsonObject await(Predicate<JsonObject> wanted, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Iterator<JsonObject> it = pending.iterator(); it.hasNext(); ) {
                JsonObject message = it.next();
                if (wanted.test(message)) {
                    it.remove();
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + description + " within " + timeout.toMillis() + " ms; got " + pending
                        + (closed.isDone() ? "; closed with " + closeReason() : ""));
            }
            waitNanos(left);
        }
    }

    /** Fails if a matching message arrives (or arrived untaken) within {@code period}. */
    public synchronized void assertNoMessage(Predicate<JsonObject> unwanted, Duration period, String description) {
        long deadline = System.nanoTime() + period.toNanos();
        while (true) {
            for (JsonObject message : pending) {
                assertThat(unwanted.test(message)).as("unexpected %s: %s", description, message).isFalse();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            waitNanos(left);
        }
    }

    public void assertNoMessage(String type, Duration period) {
        assertNoMessage(m -> type.equals(m.getString("type")), period, type);
    }

    /** Every message received so far, in order, batches unpacked. */
    public synchronized List<JsonObject> history() {
        return List.copyOf(history);
    }

    /** Every text frame received so far, as sent (a {@code batch} is one frame). */
    public synchronized List<JsonObject> frames() {
        return List.copyOf(frames);
    }

    /** The highest {@code seq} received so far, or 0. */
    public synchronized long lastSeq() {
        long last = 0;
        for (JsonObject message : history) {
            if (message.containsKey("seq")) {
                last = Math.max(last, message.getJsonNumber("seq").longValue());
            }
        }
        return last;
    }

    /** Waits for the server to close the connection and returns the close code. */
    public int awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS).getCloseCode().getCode();
        } catch (TimeoutException e) {
            throw new AssertionError("the connection was not closed within " + timeout.toMillis() + " ms; received "
                    + abbreviated(history()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String abbreviated(List<JsonObject> messages) {
        StringBuilder out = new StringBuilder("[");
        for (JsonObject message : messages) {
            String text = message.toString();
            out.append(text.length() > 300 ? text.substring(0, 300) + "..." : text).append(' ');
        }
        return out.append(']').toString();
    }

    public int awaitClose() {
        return awaitClose(WAIT);
    }

    public boolean isOpen() {
        return session.isOpen() && !closed.isDone();
    }

    private String closeReason() {
        CloseReason reason = closed.getNow(null);
        return reason == null ? "" : reason.getCloseCode().getCode() + " " + reason.getReasonPhrase();
    }

    private void waitNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(nanos, TimeUnit.MILLISECONDS.toNanos(100)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void received(String text) {
        JsonObject frame = Json.createReader(new StringReader(text)).readObject();
        frames.add(frame);
        if ("batch".equals(frame.getString("type", null))) {
            for (JsonValue inner : frame.getJsonArray("messages")) {
                history.add(inner.asJsonObject());
                pending.add(inner.asJsonObject());
            }
        } else {
            history.add(frame);
            pending.add(frame);
        }
        notifyAll();
    }

    /** Closes the connection normally (1000), as a client going away would. */
    @Override
    public void close() {
        try {
            if (session.isOpen()) {
                session.close();
            }
        } catch (IOException | RuntimeException alreadyGone) {
            // nothing left to close
        }
    }

    private final class Listener extends Endpoint {
        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            opened.setMaxTextMessageBufferSize(8 * 1024 * 1024);
            opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) RawSocket.this::received);
        }

        @Override
        public void onClose(Session ended, CloseReason reason) {
            closed.complete(reason);
            synchronized (RawSocket.this) {
                RawSocket.this.notifyAll();
            }
        }
    }
}
