package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.Priority;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One socket's outbound frames, drained asynchronously with at most one send in flight. Whatever
 * piles up while a send is in flight goes out as one {@code batch} frame.
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

    private static final class Slot {
        String frame;
        final String coalesceKey;

        Slot(String frame, String coalesceKey) {
            this.frame = frame;
            this.coalesceKey = coalesceKey;
        }
    }

    private final FrameSink sink;
    private final int softLimit;
    private final int hardLimit;
    private final long graceMillis;
    private final ArrayDeque<Slot> queue = new ArrayDeque<>();
    private final Map<String, Slot> waitingByKey = new HashMap<>();
    private boolean sending;
    private boolean closed;
    private long overSoftSince;
    private long framesSent;

    public OutboundQueue(FrameSink sink, int softLimit, int hardLimit, long graceMillis) {
        this.sink = sink;
        this.softLimit = softLimit;
        this.hardLimit = hardLimit;
        this.graceMillis = graceMillis;
    }

    public Offer offer(String frame, Priority priority, String coalesceKey, long now) {
        boolean startSending;
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
            Slot slot = new Slot(frame, coalesceKey);
            queue.addLast(slot);
            if (coalesceKey != null) {
                waitingByKey.put(coalesceKey, slot);
            }
            startSending = !sending;
            if (startSending) {
                sending = true;
            }
            if (overflowing(now)) {
                return Offer.OVERFLOW;
            }
        }
        if (startSending) {
            sendNext();
        }
        return coalesced ? Offer.COALESCED : Offer.QUEUED;
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
                sendNext();
            }
        });
    }

    private String takeBatch() {
        Slot first = queue.pollFirst();
        forget(first);
        framesSent++;
        if (queue.isEmpty()) {
            return first.frame;
        }
        List<String> frames = new ArrayList<>(Math.min(queue.size() + 1, MAX_BATCH_FRAMES));
        frames.add(first.frame);
        int chars = first.frame.length();
        while (!queue.isEmpty() && frames.size() < MAX_BATCH_FRAMES
                && chars + queue.peekFirst().frame.length() <= MAX_BATCH_CHARS) {
            Slot next = queue.pollFirst();
            forget(next);
            frames.add(next.frame);
            chars += next.frame.length();
            framesSent++;
        }
        return frames.size() == 1 ? first.frame : MessageCodec.batch(frames);
    }

    private void forget(Slot slot) {
        if (slot.coalesceKey != null) {
            waitingByKey.remove(slot.coalesceKey, slot);
        }
    }
}
