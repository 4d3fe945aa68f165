package com.shardsofeternity.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Eventually;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.NotConnectedException;
import com.shardsofeternity.client.dispatch.HandlerRegistry;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.dispatch.MessageDispatcher;
import com.shardsofeternity.client.dispatch.SerialExecutor;
import com.shardsofeternity.protocol.Envelope;
import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.AuthResponse;
import com.shardsofeternity.protocol.message.Chat;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session's handshake, requests, heartbeats and reconnects, frame by frame: each test plays the
 * server's side itself through a {@link ScriptedTransport}.
 */
class RealtimeSessionTest {

    private final MessageCodec codec = new MessageCodec(MessageTypes.standard());
    private final HandlerRegistry handlers = new HandlerRegistry();
    private final ScheduledThreadPoolExecutor control = new ScheduledThreadPoolExecutor(1);
    private final ScriptedTransport transport = new ScriptedTransport();
    private final List<ConnectionState> states = Collections.synchronizedList(new ArrayList<>());
    private final List<SessionEnd> ends = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> seqsHandled = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger resumeRefusals = new AtomicInteger();
    private RealtimeSession session;

    @AfterEach
    void stop() {
        control.shutdownNow();
    }

    private RealtimeSession session(Duration requestTimeout, int maxReconnectAttempts) {
        control.setRemoveOnCancelPolicy(true);
        RealtimeSettings settings = new RealtimeSettings(URI.create("ws://game.test/ws"), requestTimeout,
                Duration.ofSeconds(30), true, maxReconnectAttempts,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(4), 1.0));
        MessageDispatcher dispatcher = new MessageDispatcher(codec, handlers, new SerialExecutor(Runnable::run));
        handlers.register(MessageTypes.CHAT, message -> seqsHandled.add(message.seq().getAsLong()));
        session = new RealtimeSession(settings, transport, control, dispatcher, new SessionObserver() {
            @Override
            public void resumeRefused() {
                resumeRefusals.incrementAndGet();
            }
        });
        session.addListener(new ConnectionListener() {
            @Override
            public void onStateChanged(ConnectionState previous, ConnectionState current) {
                states.add(current);
            }

            @Override
            public void onSessionEnded(SessionEnd end) {
                ends.add(end);
            }
        });
        return session;
    }

    private RealtimeSession session() {
        return session(Duration.ofSeconds(2), 5);
    }

    private static String authOk(boolean resumed, long heartbeatMs) {
        return "{\"type\":\"auth_response\",\"priority\":\"critical\",\"timestamp\":1,\"success\":true,"
                + "\"player_id\":1,\"character_id\":2,\"session_id\":\"s-1\",\"protocol_version\":\"1.0\","
                + "\"heartbeat_interval_ms\":" + heartbeatMs + ",\"resumed\":" + resumed + "}";
    }

    private static String chat(long seq) {
        return "{\"seq\":" + seq + ",\"type\":\"chat\",\"priority\":\"normal\",\"timestamp\":1,"
                + "\"channel\":\"global\",\"content\":\"m" + seq + "\"}";
    }

    private Envelope decode(String frame) throws Exception {
        return codec.decode(frame);
    }

    /** Connects and authenticates; returns the live connection. */
    private ScriptedTransport.Attempt connected() throws Exception {
        CompletableFuture<AuthResponse> connecting = session.connect("token-1");
        ScriptedTransport.Attempt attempt = transport.nextAttempt().accept();
        attempt.nextSent();
        attempt.serverSends(authOk(false, 30_000));
        connecting.get(2, TimeUnit.SECONDS);
        return attempt;
    }

    @Test
    void connectSendsTheTokenAndVersionAndCompletesOnASuccessfulAuthResponse() throws Exception {
        session();
        CompletableFuture<AuthResponse> connecting = session.connect("token-1");
        ScriptedTransport.Attempt attempt = transport.nextAttempt().accept();

        Envelope auth = decode(attempt.nextSent());
        assertThat(attempt.uri).isEqualTo(URI.create("ws://game.test/ws"));
        assertThat(auth.type()).isEqualTo("auth_request");
        assertThat(auth.json().getString("token")).isEqualTo("token-1");
        assertThat(auth.json().getString("protocol_version")).isEqualTo("1.0");
        assertThat(auth.json().get("resume_from_seq")).isIn(null, JsonValue.NULL);

        attempt.serverSends(authOk(false, 30_000));
        AuthResponse response = connecting.get(2, TimeUnit.SECONDS);
        assertThat(response.sessionId()).isEqualTo("s-1");
        assertThat(session.state()).isEqualTo(ConnectionState.CONNECTED);
        Eventually.await("two state changes", () -> states.size() == 2);
        assertThat(states).containsExactly(ConnectionState.CONNECTING, ConnectionState.CONNECTED);
    }

    @Test
    void aRefusedAuthFailsConnectWithTheServersCodeAndDoesNotRetry() throws Exception {
        session();
        CompletableFuture<AuthResponse> connecting = session.connect("stale");
        ScriptedTransport.Attempt attempt = transport.nextAttempt().accept();
        attempt.nextSent();
        attempt.serverSends("{\"type\":\"auth_response\",\"success\":false,\"error_code\":\"SESSION_EXPIRED\","
                + "\"error_message\":\"log in again\"}");

        Throwable failure = connecting.handle((ok, error) -> error).get(2, TimeUnit.SECONDS);
        assertThat(failure).isInstanceOfSatisfying(MasterServerException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SESSION_EXPIRED);
            assertThat(e.getMessage()).isEqualTo("log in again");
        });
        assertThat(session.state()).isEqualTo(ConnectionState.CLOSED);
        attempt.serverCloses(4001, "authentication");
        assertThat(transport.attempts.poll(100, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aServerOfAnotherMajorVersionIsRefusedByTheClient() throws Exception {
        session();
        CompletableFuture<AuthResponse> connecting = session.connect("token-1");
        ScriptedTransport.Attempt attempt = transport.nextAttempt().accept();
        attempt.nextSent();
        attempt.serverSends(authOk(false, 30_000).replace("\"1.0\"", "\"2.0\""));

        Throwable failure = connecting.handle((ok, error) -> error).get(2, TimeUnit.SECONDS);
        assertThat(((MasterServerException) failure).errorCode()).isEqualTo(ErrorCode.PROTOCOL_VERSION_MISMATCH);
        assertThat(attempt.clientCloseCodes).containsExactly(4002);
    }

    @Test
    void anUnreachableServerFailsConnectWithoutACode() throws Exception {
        session();
        CompletableFuture<AuthResponse> connecting = session.connect("token-1");
        transport.nextAttempt().refuse();

        Throwable failure = connecting.handle((ok, error) -> error).get(2, TimeUnit.SECONDS);
        assertThat(failure).isInstanceOfSatisfying(MasterServerException.class,
                e -> assertThat(e.errorCode()).isNull());
        assertThat(session.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void aRequestCarriesAnIdAndCompletesOnItsAckOrFailsOnItsError() throws Exception {
        session();
        ScriptedTransport.Attempt live = connected();

        CompletableFuture<IncomingMessage> chat = session.request(MessageTypes.CHAT, Chat.send("global", "hi"));
        Envelope sent = decode(live.nextSent());
        assertThat(sent.id()).isNotBlank().hasSizeLessThanOrEqualTo(64);
        live.serverSends("{\"seq\":1,\"type\":\"ack\",\"reply_to\":\"" + sent.id() + "\"}");
        assertThat(chat.get(2, TimeUnit.SECONDS).type()).isEqualTo("ack");

        CompletableFuture<IncomingMessage> move = session.request(MessageTypes.MOVE,
                new com.shardsofeternity.protocol.message.Move(1L, 9L));
        String moveId = decode(live.nextSent()).id();
        live.serverSends("{\"seq\":2,\"type\":\"error\",\"reply_to\":\"" + moveId
                + "\",\"error_code\":\"INVALID_MOVE\",\"error_message\":\"not a neighbor\"}");
        Throwable failure = move.handle((ok, error) -> error).get(2, TimeUnit.SECONDS);
        assertThat(((MasterServerException) failure).errorCode()).isEqualTo(ErrorCode.INVALID_MOVE);
        assertThat(session.pendingRequests()).isZero();
    }

    @Test
    void anUnansweredRequestTimesOutAndIsForgotten() throws Exception {
        session(Duration.ofMillis(150), 5);
        connected();

        CompletableFuture<IncomingMessage> chat = session.request(MessageTypes.CHAT, Chat.send("global", "hello?"));
        Throwable failure = chat.handle((ok, error) -> error).get(2, TimeUnit.SECONDS);
        assertThat(failure).isInstanceOf(TimeoutException.class);
        assertThat(session.pendingRequests()).isZero();
    }

    @Test
    void pingMeasuresTheRoundTripToTheMatchingPong() throws Exception {
        session();
        ScriptedTransport.Attempt live = connected();

        CompletableFuture<Duration> ping = session.ping();
        Envelope sent = decode(live.nextSent());
        assertThat(sent.type()).isEqualTo("ping");
        assertThat(sent.id()).isNull();
        live.serverSends("{\"type\":\"pong\",\"nonce\":\"" + sent.json().getString("nonce") + "\"}");
        assertThat(ping.get(2, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(Duration.ZERO);
    }

    @Test
    void anUnexpectedCloseResumesFromTheLastSeqAndNoSeqIsHandledTwice() throws Exception {
        session();
        ScriptedTransport.Attempt first = connected();
        first.serverSends(chat(1));
        first.serverSends(MessageCodec.batch(List.of(chat(2), chat(3))));

        first.serverCloses(1006, "");
        Eventually.await("reconnecting", () -> states.contains(ConnectionState.RECONNECTING));
        ScriptedTransport.Attempt second = transport.nextAttempt().accept();
        Envelope auth = decode(second.nextSent());
        assertThat(auth.json().getJsonNumber("resume_from_seq").longValue()).isEqualTo(3);
        assertThat(auth.json().getString("token")).isEqualTo("token-1");

        second.serverSends(authOk(true, 30_000));
        second.serverSends(MessageCodec.batch(List.of(chat(2), chat(3), chat(4))));
        second.serverSends(chat(5));

        Eventually.await("seq 5 handled", () -> seqsHandled.contains(5L));
        assertThat(seqsHandled).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(session.lastSeq()).isEqualTo(5);
        assertThat(resumeRefusals).hasValue(0);
        assertThat(states).containsExactly(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                ConnectionState.RECONNECTING, ConnectionState.CONNECTED);
        assertThat(ends).isEmpty();
    }

    @Test
    void aRefusedResumeAsksForAResyncAndTakesTheServersNewCount() throws Exception {
        session();
        ScriptedTransport.Attempt first = connected();
        first.serverSends(chat(7));
        first.serverCloses(1001, "idle");

        ScriptedTransport.Attempt second = transport.nextAttempt().accept();
        second.nextSent();
        second.serverSends(authOk(false, 30_000));
        second.serverSends(chat(1));

        Eventually.await("seq 1 of the new count handled", () -> seqsHandled.size() == 2);
        assertThat(seqsHandled).containsExactly(7L, 1L);
        assertThat(resumeRefusals).hasValue(1);
    }

    @Test
    void failedAttemptsBackOffAndRetryUntilOneSucceeds() throws Exception {
        session();
        connected().serverCloses(1011, "server restart");

        transport.nextAttempt().refuse();
        transport.nextAttempt().refuse();
        ScriptedTransport.Attempt third = transport.nextAttempt().accept();
        third.nextSent();
        third.serverSends(authOk(true, 30_000));

        Eventually.await("connected again", () -> session.state() == ConnectionState.CONNECTED);
    }

    @Test
    void reconnectingIsGivenUpAfterTheConfiguredAttempts() throws Exception {
        session(Duration.ofSeconds(2), 3);
        connected().serverCloses(1006, "");
        for (int i = 0; i < 3; i++) {
            transport.nextAttempt().refuse();
        }
        Eventually.await("the session ended", () -> !ends.isEmpty());
        assertThat(ends.get(0).closeCode()).isEqualTo(1006);
        assertThat(ends.get(0).requestedByClient()).isFalse();
        assertThat(session.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @ParameterizedTest
    @ValueSource(ints = {4001, 4002, 4003, 4004})
    void finalCloseCodesEndTheSessionForGoodWithoutReconnecting(int code) throws Exception {
        session();
        connected().serverCloses(code, "reason " + code);

        Eventually.await("the session ended", () -> !ends.isEmpty());
        assertThat(ends).containsExactly(new SessionEnd(code, "reason " + code, false));
        assertThat(session.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(transport.attempts.poll(100, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aRefusedReauthenticationEndsTheSession() throws Exception {
        session();
        connected().serverCloses(1006, "");
        ScriptedTransport.Attempt second = transport.nextAttempt().accept();
        second.nextSent();
        second.serverSends("{\"type\":\"auth_response\",\"success\":false,\"error_code\":\"SESSION_EXPIRED\","
                + "\"error_message\":\"expired\"}");

        Eventually.await("the session ended", () -> !ends.isEmpty());
        assertThat(ends).containsExactly(new SessionEnd(4001, "expired", false));
        assertThat(session.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void disconnectClosesNormallyAndNeverReconnects() throws Exception {
        session();
        ScriptedTransport.Attempt live = connected();
        CompletableFuture<IncomingMessage> waiting = session.request(MessageTypes.CHAT, Chat.send("global", "bye"));

        session.disconnect("done").get(2, TimeUnit.SECONDS);
        live.serverCloses(1000, "");

        assertThat(live.clientCloseCodes).containsExactly(1000);
        Eventually.await("the session ended", () -> !ends.isEmpty());
        assertThat(ends).containsExactly(new SessionEnd(1000, "done", true));
        assertThat(waiting.handle((ok, error) -> error).get(2, TimeUnit.SECONDS)).isInstanceOf(NotConnectedException.class);
        assertThat(transport.attempts.poll(100, TimeUnit.MILLISECONDS)).isNull();
        assertThat(session.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    void sendingWhileTheLinkIsDownFailsAtOnce() throws Exception {
        session();
        assertThat(session.request(MessageTypes.CHAT, Chat.send("global", "x")))
                .failsWithin(Duration.ofSeconds(1)).withThrowableThat().withCauseInstanceOf(NotConnectedException.class);

        connected().serverCloses(1006, "");
        Eventually.await("reconnecting", () -> session.state() == ConnectionState.RECONNECTING);
        assertThat(session.post(MessageTypes.LOCATION_UPDATE, null))
                .failsWithin(Duration.ofSeconds(1)).withThrowableThat().withCauseInstanceOf(NotConnectedException.class);
    }

    @Test
    void oversizedOrUnregisteredMessagesFailWithoutBeingSent() throws Exception {
        session();
        ScriptedTransport.Attempt live = connected();

        CompletableFuture<IncomingMessage> huge = session.request(MessageTypes.CHAT, Chat.send("global", "é".repeat(40_000)));
        assertThat(huge.handle((ok, error) -> error).get(1, TimeUnit.SECONDS))
                .isInstanceOfSatisfying(MasterServerException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MESSAGE_TOO_LARGE));
        assertThat(session.request("teleport", null)).isCompletedExceptionally();
        assertThat(live.sent.poll(100, TimeUnit.MILLISECONDS)).isNull();
        assertThat(session.pendingRequests()).isZero();
    }

    @Test
    void heartbeatsPingAtTheServersIntervalAndASilentLinkIsReplaced() throws Exception {
        session();
        CompletableFuture<AuthResponse> connecting = session.connect("token-1");
        ScriptedTransport.Attempt live = transport.nextAttempt().accept();
        live.nextSent();
        live.serverSends(authOk(false, 40));
        connecting.get(2, TimeUnit.SECONDS);

        assertThat(decode(live.nextSent()).type()).isEqualTo("ping");

        ScriptedTransport.Attempt replacement = transport.nextAttempt();
        assertThat(live.clientCloseCodes).contains(1001);
        assertThat(replacement).isNotSameAs(live);
        assertThat(states).contains(ConnectionState.RECONNECTING);
    }
}
