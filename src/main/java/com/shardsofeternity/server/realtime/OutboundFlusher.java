package com.shardsofeternity.server.realtime;

import com.shardsofeternity.server.config.GameSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code OUTBOUND_LINGER_MS}, sends what waits on the sockets that were idle when it arrived
 * (see {@link OutboundQueue}). A message waits at most one pass; a socket under load gets one frame
 * per pass with everything that arrived meanwhile. The passes run on a thread of their own, so that
 * they keep time however busy the server's executor is.
 */
@ApplicationScoped
public class OutboundFlusher {

    private static final Logger LOG = Logger.getLogger(OutboundFlusher.class.getName());

    @Resource
    ManagedThreadFactory threads;
    @Inject
    GameSettings settings;

    private Passes passes;

    /** The flusher for new sockets, or null when lingering is switched off. */
    synchronized OutboundQueue.Flusher forNewSockets() {
        long linger = settings.outboundLingerMs();
        if (linger == 0) {
            return null;
        }
        if (passes == null) {
            passes = new Passes(TimeUnit.MILLISECONDS.toNanos(linger));
            Thread thread = threads.newThread(passes);
            thread.setName("sote-outbound-flusher");
            thread.setDaemon(true);
            thread.start();
        }
        return passes;
    }

    @PreDestroy
    synchronized void stop() {
        if (passes != null) {
            passes.stop();
        }
    }

    /** A plain object, not a bean: sockets call it on every message. */
    private static final class Passes implements OutboundQueue.Flusher, Runnable {

        private final Queue<OutboundQueue> waiting = new ConcurrentLinkedQueue<>();
        private final long intervalNanos;
        private volatile boolean running = true;

        Passes(long intervalNanos) {
            this.intervalNanos = intervalNanos;
        }

        @Override
        public void flushSoon(OutboundQueue queue) {
            waiting.add(queue);
        }

        @Override
        public void run() {
            long next = System.nanoTime() + intervalNanos;
            while (running && !Thread.currentThread().isInterrupted()) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    continue;
                }
                next = Math.max(next + intervalNanos, System.nanoTime() + intervalNanos / 2);
                try {
                    pass();
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "outbound flush pass failed; the next pass retries", failure);
                }
            }
            pass();
        }

        void stop() {
            running = false;
        }

        private void pass() {
            // Only the queues waiting now: one that registers again during the pass waits for the next.
            for (int due = waiting.size(); due > 0; due--) {
                OutboundQueue queue = waiting.poll();
                if (queue == null) {
                    return;
                }
                queue.flush();
            }
        }
    }
}
