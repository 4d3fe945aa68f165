/**
 * Sliding-window rate counting shared by login throttling, chat and movement limits. The in-process
 * counter serves a single node; the cluster package supplies a Redis-backed one so that a limit is not
 * N times looser on N nodes.
 */
package com.shardsofeternity.server.limits;
