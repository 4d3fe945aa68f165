package com.shardsofeternity.server.it.client;

import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.realtime.ConnectionListener;
import com.shardsofeternity.client.realtime.ConnectionState;
import com.shardsofeternity.client.realtime.ResyncSnapshot;
import com.shardsofeternity.protocol.MessageTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a client delivered to its handlers and listeners, in delivery order: each message's type
 * and seq, each {@code auth_response}'s {@code resumed}, state changes and resyncs.
 */
final class DeliveryLog implements ConnectionListener {

    /** One delivery; {@code seq} is null for messages without one and for listener events. */
    record Entry(String what, Long seq) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Boolean> resumed = new ArrayList<>();

    static DeliveryLog of(GameClient client) {
        DeliveryLog log = new DeliveryLog();
        client.registerCatchAllHandler(message -> log.message(message.type(),
                message.seq().isPresent() ? message.seq().getAsLong() : null,
                MessageTypes.AUTH_RESPONSE.equals(message.type()) ? message.json().getBoolean("resumed", false) : null));
        client.addConnectionListener(log);
        return log;
    }

    private synchronized void message(String type, Long seq, Boolean authResumed) {
        entries.add(new Entry(type, seq));
        if (authResumed != null) {
            resumed.add(authResumed);
        }
    }

    @Override
    public synchronized void onStateChanged(ConnectionState previous, ConnectionState current) {
        entries.add(new Entry(current.name(), null));
    }

    @Override
    public synchronized void onResync(ResyncSnapshot snapshot) {
        entries.add(new Entry("resync", null));
    }

    /** The seqs of the delivered messages, in delivery order. */
    synchronized List<Long> seqs() {
        return entries.stream().map(Entry::seq).filter(seq -> seq != null).toList();
    }

    /** The {@code resumed} flag of every {@code auth_response} delivered since the log began. */
    synchronized List<Boolean> resumedFlags() {
        return List.copyOf(resumed);
    }

    /** What was delivered, in order: message types, state names and {@code resync}. */
    synchronized List<String> events() {
        return entries.stream().map(Entry::what).toList();
    }
}
