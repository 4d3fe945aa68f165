package com.shardsofeternity.client.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who wants which messages. Registration and removal may happen from any thread, including from
 * inside a handler; a message being delivered sees the handlers registered when its delivery began.
 * Handlers of one type run in registration order, then the catch-all handlers.
 */
public final class HandlerRegistry {

    private final Map<String, List<Entry<MessageHandler>>> byType = new ConcurrentHashMap<>();
    private final List<Entry<MessageHandler>> catchAll = new CopyOnWriteArrayList<>();
    private final List<Entry<ErrorHandler>> errorHandlers = new CopyOnWriteArrayList<>();

    public Registration register(String type, MessageHandler handler) {
        Objects.requireNonNull(type, "type");
        return add(byType.computeIfAbsent(type, unused -> new CopyOnWriteArrayList<>()), handler);
    }

    /** Binds the payload to {@code model} before calling {@code handler}. */
    public <T> Registration register(String type, Class<T> model, PayloadHandler<T> handler) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(handler, "handler");
        return register(type, message -> handler.handle(message.payload(model)));
    }

    /** A handler for every message, after the type's own handlers. */
    public Registration registerCatchAll(MessageHandler handler) {
        return add(catchAll, handler);
    }

    public Registration registerErrorHandler(ErrorHandler handler) {
        return add(errorHandlers, handler);
    }

    /** The handlers for a message of {@code type}, in the order they are to run. */
    public List<MessageHandler> handlersFor(String type) {
        List<Entry<MessageHandler>> own = byType.getOrDefault(type, List.of());
        List<MessageHandler> result = new ArrayList<>(own.size() + catchAll.size());
        own.forEach(entry -> result.add(entry.handler));
        catchAll.forEach(entry -> result.add(entry.handler));
        return result;
    }

    public List<ErrorHandler> errorHandlers() {
        List<ErrorHandler> result = new ArrayList<>(errorHandlers.size());
        errorHandlers.forEach(entry -> result.add(entry.handler));
        return result;
    }

    private static <H> Registration add(List<Entry<H>> list, H handler) {
        Entry<H> entry = new Entry<>(Objects.requireNonNull(handler, "handler"));
        list.add(entry);
        return () -> list.remove(entry);
    }

    /** Identity wrapper, so one handler registered twice is removed one registration at a time. */
    private static final class Entry<H> {
        private final H handler;

        private Entry(H handler) {
            this.handler = handler;
        }
    }
}
