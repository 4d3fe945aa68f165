package com.shardsofeternity.server.world;

/**
 * Decides whether this node runs a cluster-wide periodic job now. A single node always does; in a
 * cluster only the holder of the job's lease does.
 */
public interface WorldTickGate {

    boolean mayTick();
}
