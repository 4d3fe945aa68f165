package com.shardsofeternity.server.operations;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The last warnings and errors the server logged, for the operations page: a log handler on the
 * application's loggers keeps the newest {@value #CAPACITY} in memory. Only the message and the
 * exception's class are kept, never a stack trace.
 */
@ApplicationScoped
public class RecentErrors {

    static final int CAPACITY = 50;
    private static final String APPLICATION_LOGGER = "com.shardsofeternity";
    /** Fills in a record's parameters the way the log itself does. */
    private static final Formatter MESSAGES = new SimpleFormatter();

    /** One logged warning or error. */
    public record ErrorEvent(long timestamp, String level, String source, String message) {
    }

    private final Deque<ErrorEvent> events = new ArrayDeque<>(CAPACITY);
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                record(eventOf(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    /** Held so the logger, and the handler on it, are not collected. */
    private Logger applicationLogger;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        applicationLogger = Logger.getLogger(APPLICATION_LOGGER);
        applicationLogger.addHandler(handler);
    }

    @PreDestroy
    void stopListening() {
        if (applicationLogger != null) {
            applicationLogger.removeHandler(handler);
        }
    }

    public synchronized void record(ErrorEvent event) {
        if (events.size() == CAPACITY) {
            events.removeFirst();
        }
        events.addLast(event);
    }

    /** Newest first. */
    public synchronized List<ErrorEvent> newestFirst() {
        List<ErrorEvent> newest = new ArrayList<>(events);
        Collections.reverse(newest);
        return newest;
    }

    static ErrorEvent eventOf(LogRecord record) {
        String source = record.getLoggerName() == null ? "" : record.getLoggerName();
        source = source.substring(source.lastIndexOf('.') + 1);
        String message = record.getMessage() == null ? "" : MESSAGES.formatMessage(record);
        if (record.getThrown() != null) {
            message = message + " (" + record.getThrown().getClass().getSimpleName() + ")";
        }
        return new ErrorEvent(record.getMillis(), record.getLevel().getName(), source, message);
    }
}
