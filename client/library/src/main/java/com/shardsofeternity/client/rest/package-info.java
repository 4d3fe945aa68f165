/**
 * The master server's REST API over {@code java.net.http}: auth, characters, world reads, parties and
 * chat history, each returning a {@code CompletableFuture} of the protocol module's records. Uses the
 * protocol's JSON codec so names map to snake_case exactly as on the socket. Knows nothing of sockets.
 */
package com.shardsofeternity.client.rest;
