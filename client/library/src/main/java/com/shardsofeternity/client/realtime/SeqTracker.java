package com.shardsofeternity.client.realtime;

/**
 * Remembers the last server {@code seq} seen, across reconnects, and rejects any message whose seq is
 * not newer, so a handler never sees a seq twice when a resume replays what had already arrived.
 *
 * <p>After a fresh login, or when the server could not resume, the next seq is taken as the new
 * baseline whatever its value: the server may have started a new count, and dropping its messages as
 * "old" would be worse than the (impossible, once resume failed) duplicate.
 */
public final class SeqTracker {

    private long lastSeq;
    private boolean rebase = true;

    /**
     * @param seq the message's seq; null (messages without one) is always accepted
     * @return whether the message is new and should be processed
     */
    public synchronized boolean accept(Long seq) {
        if (seq == null) {
            return true;
        }
        if (rebase) {
            rebase = false;
            lastSeq = seq;
            return true;
        }
        if (seq <= lastSeq) {
            return false;
        }
        lastSeq = seq;
        return true;
    }

    /** The last seq accepted, 0 before any: what {@code resume_from_seq} asks to continue after. */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** A new session: nothing seen yet. */
    public synchronized void reset() {
        lastSeq = 0;
        rebase = true;
    }

    /** The server did not resume: the next seq starts a new baseline. */
    public synchronized void rebase() {
        rebase = true;
    }
}
