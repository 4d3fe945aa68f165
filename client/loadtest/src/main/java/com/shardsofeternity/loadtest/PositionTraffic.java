package com.shardsofeternity.loadtest;

import com.shardsofeternity.protocol.model.Position;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Movement: every player sends {@code location_update}, which the server relays to the other players
 * of its location. Each receiver remembers the newest update number it saw from each sender: a number
 * skipped before a newer one arrived was coalesced by the server; numbers after the newest one seen,
 * once everything had time to arrive, are lost.
 */
final class PositionTraffic implements Traffic {

    private final List<Player> players;
    private final int[] senders;
    private final long epochNanos;
    private final PhaseStats[] phases;
    private final AtomicLongArray[] firstNumber;
    private final AtomicLongArray[] lastNumber;
    private final long[] sentBySender;
    private final long[][] lastSeen;
    private final Map<Long, Integer> slotOfCharacter = new HashMap<>();
    private final LongAdder arrivals = new LongAdder();

    PositionTraffic(List<Player> players, int phaseCount, long epochNanos) {
        this.players = players;
        this.senders = new int[players.size()];
        for (int i = 0; i < senders.length; i++) {
            senders[i] = i;
            slotOfCharacter.put(players.get(i).characterId(), i);
        }
        this.epochNanos = epochNanos;
        this.phases = new PhaseStats[phaseCount];
        this.firstNumber = new AtomicLongArray[phaseCount];
        this.lastNumber = new AtomicLongArray[phaseCount];
        for (int i = 0; i < phaseCount; i++) {
            phases[i] = new PhaseStats();
            firstNumber[i] = new AtomicLongArray(players.size());
            lastNumber[i] = new AtomicLongArray(players.size());
        }
        this.sentBySender = new long[players.size()];
        this.lastSeen = new long[players.size()][players.size()];
    }

    @Override
    public String name() {
        return "position";
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
        firstNumber[phase].compareAndSet(slot, 0, number);
        lastNumber[phase].set(slot, number);
        phases[phase].sent();
        double sentMillis = (nowNanos - epochNanos) / 1e6;
        return Wire.locationUpdate(Position.ORIGIN, PositionProbe.velocity(number, sentMillis, phase));
    }

    @Override
    public void received(int slot, String frame, long receivedNanos) {
        long[] seen = lastSeen[slot];
        double nowMillis = (receivedNanos - epochNanos) / 1e6;
        PositionProbe.scan(frame, (characterId, phase, number, sentMillis) -> {
            Integer sender = slotOfCharacter.get(characterId);
            if (sender == null || phase < 0 || phase >= phases.length) {
                return;
            }
            PhaseStats stats = phases[phase];
            if (number <= seen[sender]) {
                stats.duplicate();
                return;
            }
            seen[sender] = number;
            stats.delivered((long) ((nowMillis - sentMillis) * 1000));
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
        long expected = 0;
        long lost = 0;
        for (int sender = 0; sender < players.size(); sender++) {
            long first = firstNumber[phase].get(sender);
            long last = lastNumber[phase].get(sender);
            if (first == 0) {
                continue;
            }
            long location = players.get(sender).locationId();
            for (int receiver = 0; receiver < players.size(); receiver++) {
                if (receiver == sender || players.get(receiver).locationId() != location) {
                    continue;
                }
                expected += last - first + 1;
                long newestSeen = Math.max(lastSeen[receiver][sender], first - 1);
                lost += Math.max(0, last - newestSeen);
            }
        }
        long delivered = stats.deliveredCount();
        long coalesced = Math.max(0, expected - delivered - lost);
        return new Delivery(stats.sentCount(), expected, delivered, coalesced, lost, stats.duplicateCount());
    }

    @Override
    public long arrivals() {
        return arrivals.sum();
    }

    @Override
    public double fanOut() {
        long pairs = 0;
        for (Player sender : players) {
            for (Player receiver : players) {
                if (receiver != sender && receiver.locationId() == sender.locationId()) {
                    pairs++;
                }
            }
        }
        return players.isEmpty() ? 0 : (double) pairs / players.size();
    }
}
