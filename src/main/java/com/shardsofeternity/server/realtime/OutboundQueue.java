package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.Priority;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * One socket's outbound frames, drained asynchronously with at most one send in flight. Whatever
 * piles up while a send is in flight goes out as one {@code batch} frame.
 *
 * <p>With a {@link Flusher}, {@code normal} and {@code low} frames offered to an idle queue wait for
 * the flusher's next pass (a few milliseconds) so that a busy socket gets one frame per pass instead
 * of one per message: the cost of a WebSocket write, not of a message, is what limits fan-out.
 * {@code high} and {@code critical} frames leave at once, taking whatever waits with them.
 *
 * <p>Sequenced messages are queued as the body shared by all recipients plus this socket's
 * {@code seq}, which is spliced in only when the frame is written.
 *
 * <p>Back-pressure policy: a frame with a coalesce key replaces its waiting predecessor (taking its
 * place at the end of the queue, so frames still leave in {@code seq} order); once the
 * queue holds {@code softLimit} frames, {@code low} frames are dropped; a queue that reaches
 * {@code hardLimit}, or stays at the soft limit longer than {@code graceMillis}, reports
 * {@link Offer#OVERFLOW} and its owner closes the socket (1008). {@code critical} frames are never dropped.
 */
public final class OutboundQueue {

    /** What became of an offered frame. */
    public enum Offer { QUEUED, COALESCED, DROPPED, OVERFLOW, CLOSED }

    private static final int MAX_BATCH_FRAMES = 128;
    private static final int MAX_BATCH_CHARS = 48 * 1024;

    /** Sends idle queues' waiting frames a little later, all in one pass. */
    public interface Flusher {
        void flushSoon(OutboundQueue queue);
    }

    private static final class Slot {
        final String text;
        /** The seq to splice into {@code text}, or 0 when {@code text} is a complete frame. */
        final long seq;
        final String coalesceKey;
        final boolean urgent;

        Slot(String text, long seq, String coalesceKey, boolean urgent) {
            this.text = text;
            this.seq = seq;
            this.coalesceKey = coalesceKey;
            this.urgent = urgent;
        }

        /** The length of the frame as written (with a seq of up to 19 digits). */
        int length() {
            return seq == 0 ? text.length() : text.length() + 27;
        }

        void appendTo(StringBuilder out) {
            if (seq == 0) {
                out.append(text);
            } else {
                MessageCodec.appendWithSeq(out, text, seq);
            }
        }

        String frame() {
            return seq == 0 ? text : MessageCodec.withSeq(text, seq);
        }
    }

    private final FrameSink sink;
    private final Flusher flusher;
    private final int softLimit;
    private final int hardLimit;
    private final long graceMillis;
    private final ArrayDeque<Slot> queue = new ArrayDeque<>();
    private final Map<String, Slot> waitingByKey = new HashMap<>();
    private boolean sending;
    private boolean flushPending;
    /** How many waiting frames are {@code high} or {@code critical}. */
    private int urgentWaiting;
    private boolean closed;
    private long overSoftSince;
    private long framesSent;

    /** A queue that sends every frame as soon as the socket is free. */
    public OutboundQueue(FrameSink sink, int softLimit, int hardLimit, long graceMillis) {
        this(sink, null, softLimit, hardLimit, graceMillis);
    }

    /** A queue whose {@code normal} and {@code low} frames wait for {@code flusher} when the socket is idle. */
    public OutboundQueue(FrameSink sink, Flusher flusher, int softLimit, int hardLimit, long graceMillis) {
        this.sink = sink;
        this.flusher = flusher;
        this.softLimit = softLimit;
        this.hardLimit = hardLimit;
        this.graceMillis = graceMillis;
    }

    /** Queues a complete frame (one without a {@code seq}, or already numbered). */
    public Offer offer(String frame, Priority priority, String coalesceKey, long now) {
        return offer(frame, 0, priority, coalesceKey, now);
    }

    /**
     * Queues a message: {@code body} as made by {@link MessageCodec#encodeServerBody} with {@code seq}
     * spliced in when it is written, or a complete frame when {@code seq} is 0.
     */
    public Offer offer(String body, long seq, Priority priority, String coalesceKey, long now) {
        boolean startSending;
        boolean scheduleFlush = false;
        boolean coalesced = false;
        synchronized (this) {
            if (closed) {
                return Offer.CLOSED;
            }
            if (coalesceKey != null) {
                Slot waiting = waitingByKey.remove(coalesceKey);
                if (waiting != null) {
                    // The newer frame takes the older one's place at the end, so seq never goes backwards.
                    queue.remove(waiting);
                    if (waiting.urgent) {
                        urgentWaiting--;
                    }
                    coalesced = true;
                }
            }
            if (queue.size() >= softLimit) {
                if (overSoftSince == 0) {
                    overSoftSince = now;
                }
                if (priority == Priority.LOW) {
                    return overflowing(now) ? Offer.OVERFLOW : Offer.DROPPED;
                }
            }
            if (queue.size() >= hardLimit) {
                return Offer.OVERFLOW;
            }
            boolean urgent = priority == Priority.HIGH || priority == Priority.CRITICAL;
            Slot slot = new Slot(body, seq, coalesceKey, urgent);
            queue.addLast(slot);
            if (coalesceKey != null) {
                waitingByKey.put(coalesceKey, slot);
            }
            if (urgent) {
                urgentWaiting++;
            }
            startSending = !sending && (urgent || flusher == null);
            if (startSending) {
                sending = true;
            } else if (!sending) {
                scheduleFlush = awaitPass();
            }
            if (overflowing(now)) {
                return Offer.OVERFLOW;
            }
        }
        if (startSending) {
            sendNext();
        } else if (scheduleFlush) {
            flusher.flushSoon(this);
        }
        return coalesced ? Offer.COALESCED : Offer.QUEUED;
    }

    /** The flusher's pass: sends what waits, unless a send is already under way (it takes them along). */
    public void flush() {
        synchronized (this) {
            flushPending = false;
            if (sending || closed || queue.isEmpty()) {
                return;
            }
            sending = true;
        }
        sendNext();
    }

    /** Whether the queue has been over its soft limit for longer than the grace period. */
    public synchronized boolean overflowing(long now) {
        if (queue.size() < softLimit) {
            overSoftSince = 0;
            return false;
        }
        return overSoftSince != 0 && now - overSoftSince > graceMillis;
    }

    public synchronized int size() {
        return queue.size();
    }

    public synchronized long framesSent() {
        return framesSent;
    }

    /** Stops sending; waiting frames are discarded (the session's replay buffer still has them). */
    public synchronized void close() {
        closed = true;
        queue.clear();
        urgentWaiting = 0;
        waitingByKey.clear();
    }

    private void sendNext() {
        String text;
        synchronized (this) {
            if (closed || queue.isEmpty()) {
                sending = false;
                return;
            }
            text = takeBatch();
        }
        sink.sendAsync(text, failure -> {
            if (failure != null) {
                close();
            } else {
                sent();
            }
        });
    }

    /** A send completed: what waited meanwhile leaves now if any of it is urgent, else at the next pass. */
    private void sent() {
        boolean waitForPass;
        boolean register = false;
        synchronized (this) {
            waitForPass = flusher != null && urgentWaiting == 0 && !closed && !queue.isEmpty();
            if (waitForPass) {
                sending = false;
                register = awaitPass();
            }
        }
        if (!waitForPass) {
            sendNext(); // still sending: sends what waits, or marks the socket idle
        } else if (register) {
            flusher.flushSoon(this);
        }
    }

    /** Marks the queue as waiting for the flusher's next pass; true when it still has to register for it. */
    private boolean awaitPass() {
        boolean register = !flushPending;
        flushPending = true;
        return register;
    }

    private String takeBatch() {
        Slot first = queue.peekFirst();
        int frames = 0;
        int chars = 0;
        for (Slot slot : queue) {
            if (frames == MAX_BATCH_FRAMES || (frames > 0 && chars + slot.length() > MAX_BATCH_CHARS)) {
                break;
            }
            frames++;
            chars += slot.length() + 1;
        }
        if (frames == 1) {
            forget(queue.pollFirst());
            framesSent++;
            return first.frame();
        }
        StringBuilder batch = MessageCodec.openBatch(chars + 32);
        for (int i = 0; i < frames; i++) {
            Slot next = queue.pollFirst();
            forget(next);
            if (i > 0) {
                batch.append(',');
            }
            next.appendTo(batch);
        }
        framesSent += frames;
        return MessageCodec.closeBatch(batch);
    }

    private void forget(Slot slot) {
        if (slot.urgent) {
            urgentWaiting--;
        }
        if (slot.coalesceKey != null) {
            waitingByKey.remove(slot.coalesceKey, slot);
        }
    }
}
