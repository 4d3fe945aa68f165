package com.shardsofeternity.server.realtime;

import java.util.List;
import java.util.Optional;

/**
 * A copy of each session's replay buffer where every node can read it, so that a client whose node
 * died resumes on another. A single node needs none.
 */
public interface ReplayMirror {

    /** A message kept for replay: its body (without {@code seq}), its sequence number and when it was sent. */
    record Kept(long seq, long at, String body) {
    }

    /** What a session had when it was last mirrored. */
    record Snapshot(long lastSeq, List<Kept> messages) {
    }

    void append(String sessionId, long seq, long at, String body);

    Optional<Snapshot> load(String sessionId);

    void forget(String sessionId);

    /** The single-node mirror: keeps nothing. */
    ReplayMirror NONE = new ReplayMirror() {
        @Override
        public void append(String sessionId, long seq, long at, String body) {
        }

        @Override
        public Optional<Snapshot> load(String sessionId) {
            return Optional.empty();
        }

        @Override
        public void forget(String sessionId) {
        }
    };
}
