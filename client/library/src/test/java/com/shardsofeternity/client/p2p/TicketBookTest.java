package com.shardsofeternity.client.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.message.P2pOffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketBookTest {

    private static final Duration PATIENCE = Duration.ofMillis(300);

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final TicketBook book = new TicketBook(3, now::get);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private static P2pOffer offer(String ticket, long expiresAt) {
        return new P2pOffer(7L, "Aria", null, null, "key", ticket, expiresAt, "accept");
    }

    private Optional<P2pOffer> redeem(String ticket) throws Exception {
        return book.redeem(ticket, PATIENCE, timer).get(5, TimeUnit.SECONDS);
    }

    @Test
    void anOfferIsRedeemedOnce() throws Exception {
        book.add(offer("t1", now.get() + 30_000));

        assertThat(redeem("t1")).map(P2pOffer::peerId).contains(7L);
        assertThat(redeem("t1")).isEmpty();
    }

    @Test
    void anOfferIsRedeemableUntilItsExpiryAndNotAfter() throws Exception {
        book.add(offer("on time", now.get() + 500));
        book.add(offer("late", now.get() + 500));
        now.addAndGet(500);
        assertThat(redeem("on time")).isPresent();

        now.addAndGet(1);
        assertThat(redeem("late")).isEmpty();
    }

    @Test
    void aTicketNotYetKnownWaitsForItsOffer() throws Exception {
        CompletableFuture<Optional<P2pOffer>> early = book.redeem("t1", Duration.ofSeconds(5), timer);
        assertThat(early).isNotDone();

        book.add(offer("t1", now.get() + 30_000));

        assertThat(early.get(1, TimeUnit.SECONDS)).isPresent();
        assertThat(redeem("t1")).isEmpty();
    }

    @Test
    void aTicketWhoseOfferNeverComesIsRefusedAfterThePatience() throws Exception {
        assertThat(redeem("never offered")).isEmpty();
    }

    @Test
    void onlyOneConnectionMayWaitForATicket() throws Exception {
        CompletableFuture<Optional<P2pOffer>> first = book.redeem("t1", Duration.ofSeconds(5), timer);

        assertThat(book.redeem("t1", Duration.ofSeconds(5), timer).get(1, TimeUnit.SECONDS)).isEmpty();
        book.add(offer("t1", now.get() + 30_000));
        assertThat(first.get(1, TimeUnit.SECONDS)).isPresent();
    }

    @Test
    void theBookDropsTheOldestOfferBeyondItsCapacity() throws Exception {
        for (String ticket : new String[] {"t1", "t2", "t3", "t4"}) {
            book.add(offer(ticket, now.get() + 30_000));
        }

        assertThat(book.size()).isEqualTo(3);
        assertThat(redeem("t1")).isEmpty();
        assertThat(redeem("t4")).isPresent();
    }
}
