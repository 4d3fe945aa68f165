package com.shardsofeternity.client.p2p;

import com.shardsofeternity.protocol.message.P2pOffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The {@code accept} offers the server sent this client, by ticket: the only tickets the listener takes,
 * each once and only before its {@code expires_at}.
 *
 * <p>The dialler hears of an introduction on its own socket to the server, so its {@code p2p_hello} may
 * reach the listener before the offer reached this client. A hello with a ticket not known yet therefore
 * waits, for a bounded time, for the offer to arrive; one connection at a time may wait for a ticket.
 * The book holds at most {@code capacity} offers, dropping the oldest, so a flood of introductions
 * cannot grow it without bound.
 */
final class TicketBook {

    private final int capacity;
    private final LongSupplier clock;
    private final LinkedHashMap<String, P2pOffer> offers = new LinkedHashMap<>();
    private final Map<String, CompletableFuture<Optional<P2pOffer>>> waiting = new HashMap<>();

    TicketBook(int capacity, LongSupplier clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Files an {@code accept} offer, or hands it straight to the connection already waiting for it. */
    void add(P2pOffer offer) {
        CompletableFuture<Optional<P2pOffer>> waiter;
        synchronized (this) {
            waiter = waiting.remove(offer.ticket());
            if (waiter == null) {
                forgetExpired();
                if (offers.size() >= capacity) {
                    Iterator<?> oldest = offers.keySet().iterator();
                    oldest.next();
                    oldest.remove();
                }
                offers.put(offer.ticket(), offer);
                return;
            }
        }
        waiter.complete(usable(offer));
    }

    /**
     * The unexpired offer of {@code ticket}, taken out of the book so that it works once; empty when the
     * ticket is unknown, used or expired, or when no offer arrived within {@code patience}.
     */
    CompletableFuture<Optional<P2pOffer>> redeem(String ticket, Duration patience, ScheduledExecutorService timer) {
        CompletableFuture<Optional<P2pOffer>> redeemed;
        synchronized (this) {
            P2pOffer offer = offers.remove(ticket);
            if (offer != null) {
                return CompletableFuture.completedFuture(usable(offer));
            }
            if (waiting.containsKey(ticket)) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            redeemed = new CompletableFuture<>();
            waiting.put(ticket, redeemed);
        }
        timer.schedule(() -> giveUp(ticket, redeemed), patience.toMillis(), TimeUnit.MILLISECONDS);
        return redeemed;
    }

    synchronized int size() {
        return offers.size();
    }

    private void giveUp(String ticket, CompletableFuture<Optional<P2pOffer>> redeemed) {
        synchronized (this) {
            waiting.remove(ticket, redeemed);
        }
        redeemed.complete(Optional.empty());
    }

    private Optional<P2pOffer> usable(P2pOffer offer) {
        return offer.expiresAt() != null && offer.expiresAt() >= clock.getAsLong() ? Optional.of(offer) : Optional.empty();
    }

    private void forgetExpired() {
        offers.values().removeIf(offer -> usable(offer).isEmpty());
    }
}
