package com.shardsofeternity.server.realtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session's last outbound frames, by sequence number, for replay after a reconnection: at most
 * {@code capacity} frames, none older than {@code windowMillis}. Not thread-safe; its session guards it.
 */
public final class ReplayBuffer {

    private record Entry(long seq, String frame, long at) {
    }

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final int capacity;
    private final long windowMillis;

    public ReplayBuffer(int capacity, long windowMillis) {
        this.capacity = capacity;
        this.windowMillis = windowMillis;
    }

    public void add(long seq, String frame, long now) {
        if (capacity <= 0) {
            return;
        }
        entries.addLast(new Entry(seq, frame, now));
        while (entries.size() > capacity) {
            entries.pollFirst();
        }
    }

    /**
     * The frames after {@code seenSeq}, in order, when every one of them up to {@code lastSeq} is still
     * kept; empty when nothing was missed; {@link Optional#empty()} when some are gone (or the client
     * claims a sequence number never sent), in which case the client must refresh its state.
     */
    public Optional<List<String>> after(long seenSeq, long lastSeq, long now) {
        expire(now);
        if (seenSeq < 0 || seenSeq > lastSeq) {
            return Optional.empty();
        }
        if (seenSeq == lastSeq) {
            return Optional.of(List.of());
        }
        if (entries.isEmpty() || entries.peekFirst().seq() > seenSeq + 1) {
            return Optional.empty();
        }
        List<String> missed = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.seq() > seenSeq) {
                missed.add(entry.frame());
            }
        }
        return Optional.of(missed);
    }

    public int size() {
        return entries.size();
    }

    private void expire(long now) {
        long cutoff = now - windowMillis;
        while (!entries.isEmpty() && entries.peekFirst().at() < cutoff) {
            entries.pollFirst();
        }
    }

    /** Drops expired frames; called now and then so idle sessions do not hold memory. */
    public void trim(long now) {
        expire(now);
    }
}
