package com.shardsofeternity.client.dispatch;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time in submission order on top of any executor, so handlers keep the order in
 * which messages arrived even when the game lends a pool or its main-loop queue.
 *
 * <p>A {@linkplain #executeWhen gated} task holds back everything queued after it until its stage
 * completes, without blocking a thread: that is how a resync applies fresh REST state before the
 * messages that followed the reconnect.
 */
public final class SerialExecutor implements Executor {

    private static final System.Logger LOG = System.getLogger(SerialExecutor.class.getName());

    private final Executor delegate;
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    public SerialExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable task) {
        enqueue(task);
    }

    /** Runs {@code task} once {@code gate} has completed, holding back the tasks queued after it. */
    public void executeWhen(CompletionStage<?> gate, Runnable task) {
        enqueue(new Gated(gate.toCompletableFuture(), task));
    }

    private void enqueue(Runnable task) {
        synchronized (this) {
            tasks.addLast(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        schedule();
    }

    private void schedule() {
        try {
            delegate.execute(this::drain);
        } catch (RejectedExecutionException shutDown) {
            synchronized (this) {
                draining = false;
                tasks.clear();
            }
            LOG.log(Level.DEBUG, "handler executor is shut down; dropping queued work");
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            CompletableFuture<?> closedGate = null;
            synchronized (this) {
                next = tasks.pollFirst();
                if (next == null) {
                    draining = false;
                    return;
                }
                if (next instanceof Gated gated && !gated.gate.isDone()) {
                    tasks.addFirst(gated);
                    closedGate = gated.gate;
                }
            }
            if (closedGate != null) {
                closedGate.whenComplete((result, failure) -> schedule());
                return;
            }
            try {
                next.run();
            } catch (RuntimeException | Error failure) {
                LOG.log(Level.WARNING, "a serial task failed", failure);
            }
        }
    }

    private record Gated(CompletableFuture<?> gate, Runnable task) implements Runnable {
        @Override
        public void run() {
            task.run();
        }
    }
}
