package com.shardsofeternity.loadtest;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Global chat: the first {@code senders} players send, and every message is delivered to every
 * connected player, the sender included. The content carries the phase, the sender, a per-sender
 * number and the send time.
 */
final class ChatTraffic implements Traffic {

    private final List<Player> players;
    private final int[] senders;
    private final long epochNanos;
    private final PhaseStats[] phases;
    private final long[] sentBySender;
    private final long[][] lastSeen;
    private final LongAdder arrivals = new LongAdder();

    ChatTraffic(List<Player> players, int senders, int phaseCount, long epochNanos) {
        this.players = players;
        this.senders = new int[senders];
        for (int i = 0; i < senders; i++) {
            this.senders[i] = i;
        }
        this.epochNanos = epochNanos;
        this.phases = new PhaseStats[phaseCount];
        for (int i = 0; i < phaseCount; i++) {
            phases[i] = new PhaseStats();
        }
        this.sentBySender = new long[senders];
        this.lastSeen = new long[players.size()][senders];
    }

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public List<Player> players() {
        return players;
    }

    @Override
    public int[] senderSlots() {
        return senders;
    }

    @Override
    public String nextMessage(int slot, int phase, long nowNanos) {
        long number;
        synchronized (sentBySender) {
            number = ++sentBySender[slot];
        }
        phases[phase].sent();
        return Wire.globalChat(ChatProbe.content(phase, slot, number, nowNanos - epochNanos));
    }

    @Override
    public void received(int slot, String frame, long receivedNanos) {
        long[] seen = lastSeen[slot];
        long now = receivedNanos - epochNanos;
        ChatProbe.scan(frame, (phase, sender, number, sentNanos) -> {
            if (phase < 0 || phase >= phases.length || sender < 0 || sender >= seen.length) {
                return;
            }
            PhaseStats stats = phases[phase];
            if (number <= seen[sender]) {
                stats.duplicate();
                return;
            }
            seen[sender] = number;
            stats.delivered((now - sentNanos) / 1000);
            arrivals.increment();
        });
    }

    @Override
    public PhaseStats phase(int phase) {
        return phases[phase];
    }

    @Override
    public Delivery delivery(int phase) {
        PhaseStats stats = phases[phase];
        long sent = stats.sentCount();
        return Delivery.uncoalesced(sent, sent * players.size(), stats.deliveredCount(), stats.duplicateCount());
    }

    @Override
    public long arrivals() {
        return arrivals.sum();
    }

    @Override
    public double fanOut() {
        return players.size();
    }
}
