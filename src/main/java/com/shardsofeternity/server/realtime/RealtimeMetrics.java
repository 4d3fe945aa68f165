package com.shardsofeternity.server.realtime;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * What an operator watches on {@code /metrics}: open sockets, messages in and out per type, dropped
 * and coalesced frames, queue overflows, handler latency, and abuse signals by reason.
 */
@ApplicationScoped
public class RealtimeMetrics {

    @Inject
    MetricRegistry registry;

    private final AtomicInteger openConnections = new AtomicInteger();
    private final Map<String, Counter> inbound = new ConcurrentHashMap<>();
    private final Map<String, Counter> outbound = new ConcurrentHashMap<>();
    private final Map<String, Counter> abuse = new ConcurrentHashMap<>();
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();
    private Counter dropped;
    private Counter coalesced;
    private Counter overflows;

    @PostConstruct
    void init() {
        registry.gauge("sote_ws_connections_open", openConnections::get);
        dropped = registry.counter("sote_ws_frames_dropped_total");
        coalesced = registry.counter("sote_ws_frames_coalesced_total");
        overflows = registry.counter("sote_ws_queue_overflows_total");
    }

    public void opened() {
        openConnections.incrementAndGet();
    }

    public void closed() {
        openConnections.decrementAndGet();
    }

    public void received(String type) {
        inbound.computeIfAbsent(type, t -> registry.counter("sote_ws_messages_in_total", new Tag("type", t))).inc();
    }

    public void sent(String type, OutboundQueue.Offer offer) {
        DeliveryTally tally = new DeliveryTally();
        tally.count(offer);
        sent(type, tally);
    }

    /** What became of one message sent to many sessions. */
    public void sent(String type, DeliveryTally tally) {
        if (tally.queued() > 0) {
            outboundCounter(type).inc(tally.queued());
        }
        if (tally.coalesced() > 0) {
            coalesced.inc(tally.coalesced());
        }
        if (tally.dropped() > 0) {
            dropped.inc(tally.dropped());
        }
        if (tally.overflowed() > 0) {
            overflows.inc(tally.overflowed());
        }
    }

    private Counter outboundCounter(String type) {
        return outbound.computeIfAbsent(type, t -> registry.counter("sote_ws_messages_out_total", new Tag("type", t)));
    }

    /** A sign of a misbehaving client: rate limit hit, refused move, bad message, oversized frame. */
    public void abuse(String reason) {
        abuse.computeIfAbsent(reason, r -> registry.counter("sote_ws_abuse_total", new Tag("reason", r))).inc();
    }

    public void handled(String type, long nanos) {
        latency.computeIfAbsent(type, t -> registry.timer("sote_ws_handler_seconds", new Tag("type", t)))
                .update(Duration.ofNanos(nanos));
    }

    public int openConnections() {
        return openConnections.get();
    }

    /** Client messages received since start, all types together. */
    public long inboundTotal() {
        return total(inbound);
    }

    /** Server messages queued for sockets since start, all types together. */
    public long outboundTotal() {
        return total(outbound);
    }

    private static long total(Map<String, Counter> counters) {
        long sum = 0;
        for (Counter counter : counters.values()) {
            sum += counter.getCount();
        }
        return sum;
    }
}
