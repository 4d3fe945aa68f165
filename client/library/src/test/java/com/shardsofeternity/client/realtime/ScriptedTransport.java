package com.shardsofeternity.client.realtime;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A transport whose connections the test drives by hand: it decides whether each attempt opens, sees
 * every frame the client sends, and plays the server's frames and closes. It has no behaviour of its
 * own: every server frame in a test is written out in that test.
 */
public final class ScriptedTransport implements Transport {

    final LinkedBlockingQueue<Attempt> attempts = new LinkedBlockingQueue<>();
    volatile boolean closed;

    @Override
    public CompletableFuture<TransportConnection> open(URI uri, TransportListener listener) {
        Attempt attempt = new Attempt(uri, listener);
        attempts.add(attempt);
        return attempt.opened;
    }

    /** The next connection attempt, waiting for it up to two seconds. */
    public Attempt nextAttempt() throws InterruptedException {
        Attempt attempt = attempts.poll(2, TimeUnit.SECONDS);
        if (attempt == null) {
            throw new AssertionError("the client made no connection attempt");
        }
        return attempt;
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    /** One attempt; {@link #accept()} makes it a live connection. */
    public static final class Attempt implements TransportConnection {
        final URI uri;
        final TransportListener listener;
        final CompletableFuture<TransportConnection> opened = new CompletableFuture<>();
        final LinkedBlockingQueue<String> sent = new LinkedBlockingQueue<>();
        final List<Integer> clientCloseCodes = new CopyOnWriteArrayList<>();

        Attempt(URI uri, TransportListener listener) {
            this.uri = uri;
            this.listener = listener;
        }

        public Attempt accept() {
            opened.complete(this);
            return this;
        }

        public void refuse() {
            opened.completeExceptionally(new java.net.ConnectException("Connection refused"));
        }

        /** The next frame the client sent, waiting up to two seconds. */
        public String nextSent() throws InterruptedException {
            String frame = sent.poll(2, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("the client sent nothing");
            }
            return frame;
        }

        public void serverSends(String frame) {
            listener.onText(frame);
        }

        public void serverCloses(int code, String reason) {
            listener.onClosed(code, reason);
        }

        @Override
        public CompletableFuture<Void> sendText(String text) {
            sent.add(text);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close(int code, String reason) {
            clientCloseCodes.add(code);
        }
    }
}
