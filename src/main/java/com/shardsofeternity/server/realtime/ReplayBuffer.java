package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.MessageCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session's last outbound messages, by sequence number, for replay after a reconnection: at most
 * {@code capacity} messages, none older than {@code windowMillis}. Not thread-safe; its session guards it.
 *
 * <p>It keeps each message's body (shared with every other recipient of a broadcast) and numbers it
 * only when it is replayed, in a ring of plain arrays that grows on demand: keeping a message costs no
 * allocation, and an idle session holds a few hundred bytes.
 */
public final class ReplayBuffer {

    private static final int INITIAL_SLOTS = 8;

    private final int capacity;
    private final long windowMillis;
    private long[] seqs = new long[0];
    private long[] times = new long[0];
    private String[] bodies = new String[0];
    private int head;
    private int size;

    public ReplayBuffer(int capacity, long windowMillis) {
        this.capacity = capacity;
        this.windowMillis = windowMillis;
    }

    /** Keeps {@code body} (a message without {@code seq}) as message {@code seq}. */
    public void add(long seq, String body, long now) {
        if (capacity <= 0) {
            return;
        }
        if (size == seqs.length && size < capacity) {
            grow();
        }
        if (size == seqs.length) {
            bodies[head] = null;
            head = next(head);
            size--;
        }
        int slot = (head + size) % seqs.length;
        seqs[slot] = seq;
        times[slot] = now;
        bodies[slot] = body;
        size++;
    }

    /**
     * The frames after {@code seenSeq}, numbered and in order, when every one of them up to
     * {@code lastSeq} is still kept; empty when nothing was missed; {@link Optional#empty()} when some
     * are gone (or the client claims a sequence number never sent), in which case the client must
     * refresh its state.
     */
    public Optional<List<String>> after(long seenSeq, long lastSeq, long now) {
        expire(now);
        if (seenSeq < 0 || seenSeq > lastSeq) {
            return Optional.empty();
        }
        if (seenSeq == lastSeq) {
            return Optional.of(List.of());
        }
        if (size == 0 || seqs[head] > seenSeq + 1) {
            return Optional.empty();
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0, slot = head; i < size; i++, slot = next(slot)) {
            if (seqs[slot] > seenSeq) {
                missed.add(MessageCodec.withSeq(bodies[slot], seqs[slot]));
            }
        }
        return Optional.of(missed);
    }

    public int size() {
        return size;
    }

    /** Drops expired messages, and the arrays once nothing is left, so idle sessions hold no memory. */
    public void trim(long now) {
        expire(now);
        if (size == 0 && seqs.length > 0) {
            seqs = new long[0];
            times = new long[0];
            bodies = new String[0];
            head = 0;
        }
    }

    private void expire(long now) {
        long cutoff = now - windowMillis;
        while (size > 0 && times[head] < cutoff) {
            bodies[head] = null;
            head = next(head);
            size--;
        }
    }

    private void grow() {
        int length = Math.min(capacity, Math.max(INITIAL_SLOTS, seqs.length * 2));
        long[] newSeqs = new long[length];
        long[] newTimes = new long[length];
        String[] newBodies = new String[length];
        for (int i = 0, slot = head; i < size; i++, slot = next(slot)) {
            newSeqs[i] = seqs[slot];
            newTimes[i] = times[slot];
            newBodies[i] = bodies[slot];
        }
        seqs = newSeqs;
        times = newTimes;
        bodies = newBodies;
        head = 0;
    }

    private int next(int slot) {
        return slot + 1 == seqs.length ? 0 : slot + 1;
    }
}
