package com.shardsofeternity.client;

import com.shardsofeternity.client.realtime.Transport;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The threads one {@link GameClient} owns, and their orderly end: the control scheduler, the dispatch
 * thread (unless the game lends a handler executor), the HTTP completion pool and the transport's own.
 */
final class ClientResources {

    private static final System.Logger LOG = System.getLogger(ClientResources.class.getName());
    private static final long GRACE_MILLIS = 2_000;

    private final String threadPrefix = ClientThreads.clientPrefix();
    private final ScheduledThreadPoolExecutor control;
    private final ExecutorService ownDispatch;
    private final Executor handlerExecutor;
    private final ExecutorService http;
    private final Transport transport;

    ClientResources(ClientConfig config, Transport transport) {
        this.transport = transport;
        this.control = new ScheduledThreadPoolExecutor(1, ClientThreads.named(threadPrefix, "control"));
        control.setRemoveOnCancelPolicy(true);
        control.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        control.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        this.ownDispatch = config.handlerExecutor().isPresent()
                ? null : Executors.newSingleThreadExecutor(ClientThreads.named(threadPrefix, "dispatch"));
        this.handlerExecutor = config.handlerExecutor().orElse(ownDispatch);
        this.http = Executors.newCachedThreadPool(ClientThreads.named(threadPrefix, "http"));
    }

    ScheduledExecutorService control() {
        return control;
    }

    Executor handlerExecutor() {
        return handlerExecutor;
    }

    Executor httpExecutor() {
        return http;
    }

    /** Makes more threads of this client, named after {@code role}, for components that run their own (the peer listener). */
    ThreadFactory threads(String role) {
        return ClientThreads.named(threadPrefix, role);
    }

    /**
     * Waits briefly for the disconnect to be sent and for queued callbacks to run, then stops
     * everything. Called from one of the client's own threads it does not wait for that thread.
     */
    void close(CompletableFuture<Void> disconnected) {
        boolean ownThread = Thread.currentThread().getName().startsWith(threadPrefix + "-");
        if (!ownThread) {
            try {
                disconnected.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException notClean) {
                LOG.log(Level.DEBUG, "closing without a clean disconnect", notClean);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        control.shutdown();
        if (ownDispatch != null) {
            ownDispatch.shutdown();
        }
        transport.close();
        http.shutdownNow();
        if (!ownThread) {
            awaitQuietly(control);
            if (ownDispatch != null) {
                awaitQuietly(ownDispatch);
            }
            awaitQuietly(http);
        }
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
