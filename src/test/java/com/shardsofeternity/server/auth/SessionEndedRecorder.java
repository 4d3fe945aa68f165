package com.shardsofeternity.server.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only observer: every {@link SessionEnded} the application fires while deployed. */
@ApplicationScoped
public class SessionEndedRecorder {

    private final List<SessionEnded> seen = new CopyOnWriteArrayList<>();

    void record(@Observes SessionEnded ended) {
        seen.add(ended);
    }

    public List<SessionEnded> seen() {
        return List.copyOf(seen);
    }
}
