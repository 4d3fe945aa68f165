package com.shardsofeternity.server.coordination;

import java.time.Duration;

/** Decides whether this node runs a deployment-wide periodic job now. */
public interface SingletonJobs {

    /**
     * Whether this node should run {@code job} now. In a cluster the answer holds a lease for
     * {@code lease}; the job's period must be shorter so the holder keeps it while alive, and another
     * node takes over within one lease after the holder dies.
     */
    boolean mayRun(String job, Duration lease);
}
