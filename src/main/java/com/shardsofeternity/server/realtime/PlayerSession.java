package com.shardsofeternity.server.realtime;

import com.shardsofeternity.server.auth.SessionState;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A game session as the real-time layer sees it. It outlives its sockets: it numbers every message
 * it is sent ({@code seq}, from 1, across reconnections), keeps the recent ones for replay, and
 * delivers to its current socket when it has one.
 */
public final class PlayerSession {

    private final SessionState auth;
    private final ReplayBuffer replay;
    private final RealtimeMetrics metrics;
    private final ReplayMirror mirror;
    private volatile Long characterId;
    private volatile String faction;
    private long lastSeq;
    private Connection connection;
    private long detachedAt;

    public PlayerSession(SessionState auth, int replayCapacity, long replayWindowMillis, RealtimeMetrics metrics,
                         ReplayMirror mirror, long now) {
        this.auth = auth;
        this.replay = new ReplayBuffer(replayCapacity, replayWindowMillis);
        this.metrics = metrics;
        this.mirror = mirror;
        this.detachedAt = now;
    }

    /** Continues a session another node held: its numbering and the frames it kept. */
    public synchronized void restore(ReplayMirror.Snapshot snapshot) {
        lastSeq = Math.max(lastSeq, snapshot.lastSeq());
        for (ReplayMirror.Kept kept : snapshot.messages()) {
            replay.add(kept.seq(), kept.body(), kept.at());
        }
    }

    public String sessionId() {
        return auth.sessionId();
    }

    public SessionState auth() {
        return auth;
    }

    public Long characterId() {
        return characterId;
    }

    public String faction() {
        return faction;
    }

    void playAs(Long characterId, String faction) {
        this.characterId = characterId;
        this.faction = faction;
    }

    /** Numbers the message, keeps it for replay and queues it on the socket, if any. Never blocks. */
    public void send(ServerMessage message) {
        metrics.sent(message.type(), deliver(message));
    }

    /**
     * As {@link #send} without counting it in the metrics: for fan-out, which counts once per message
     * rather than once per recipient.
     */
    OutboundQueue.Offer deliver(ServerMessage message) {
        Connection target;
        OutboundQueue.Offer offer = OutboundQueue.Offer.CLOSED;
        long now = System.currentTimeMillis();
        synchronized (this) {
            long seq = ++lastSeq;
            replay.add(seq, message.body(), now);
            mirror.append(auth.sessionId(), seq, now, message.body());
            target = connection;
            if (target != null) {
                offer = target.outbound().offer(message.body(), seq, message.priority(), message.coalesceKey(), now);
            }
        }
        if (offer == OutboundQueue.Offer.OVERFLOW) {
            target.close(com.shardsofeternity.protocol.CloseCodes.POLICY, "outbound queue overflow: the client reads too slowly");
        }
        return offer;
    }

    /**
     * Puts {@code socket} in charge of this session: queues the {@code auth_response} (built once we
     * know whether the resume succeeded) and then every kept message after {@code resumeFromSeq}.
     *
     * @return the socket it replaces, if any, for the caller to close with 4004
     */
    public synchronized Optional<Connection> attach(Connection socket, Long resumeFromSeq,
                                                    Function<Boolean, String> authResponse, long now) {
        Connection previous = connection;
        connection = socket;
        List<String> missed = List.of();
        boolean resumed = false;
        if (resumeFromSeq != null) {
            Optional<List<String>> kept = replay.after(resumeFromSeq, lastSeq, now);
            if (kept.isPresent()) {
                missed = kept.get();
                resumed = true;
            }
        }
        socket.sendUnsequenced(authResponse.apply(resumed), now);
        for (String frame : missed) {
            socket.outbound().offer(frame, com.shardsofeternity.protocol.Priority.CRITICAL, null, now);
        }
        return previous == null || previous == socket ? Optional.empty() : Optional.of(previous);
    }

    /** The socket went away; the session stays online for the resume window. */
    public synchronized boolean detach(Connection socket, long now) {
        if (connection != socket) {
            return false;
        }
        connection = null;
        detachedAt = now;
        return true;
    }

    public synchronized Connection connection() {
        return connection;
    }

    /** When the session lost its socket, or null while it has one. */
    public synchronized Long awaySince() {
        return connection == null ? detachedAt : null;
    }

    public synchronized long lastSeq() {
        return lastSeq;
    }

    public synchronized void trimReplay(long now) {
        replay.trim(now);
    }
}
