package com.shardsofeternity.server.realtime;

/** The outbound queue limits of every socket. */
public record RealtimeLimits(int softLimit, int hardLimit, long graceMillis) {
}
