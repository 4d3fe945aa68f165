package com.shardsofeternity.server.chat;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Write-behind storage of chat: delivery never waits on the database. Messages are stored in one
 * transaction every 200 ms, and before any history read, so the history always holds what was sent.
 */
@ApplicationScoped
public class ChatArchive {

    private static final Logger LOG = Logger.getLogger(ChatArchive.class.getName());
    private static final int MAX_PER_TRANSACTION = 500;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ChatRepository repository;

    private final ConcurrentLinkedQueue<ChatRecord> pending = new ConcurrentLinkedQueue<>();
    private ScheduledFuture<?> flushing;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        flushing = scheduler.scheduleWithFixedDelay(this::flushSafely, 200, 200, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        flushSafely();
    }

    public void append(ChatRecord record) {
        pending.add(record);
    }

    /** Stores everything appended so far. */
    public synchronized void flush() {
        List<ChatRecord> batch = new ArrayList<>();
        ChatRecord next;
        while ((next = pending.poll()) != null) {
            batch.add(next);
            if (batch.size() == MAX_PER_TRANSACTION) {
                repository.storeAll(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            repository.storeAll(batch);
        }
    }

    private void flushSafely() {
        try {
            flush();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "storing chat history failed; those messages are not in the history", failure);
        }
    }
}
