/**
 * The real-time gateway at {@code /ws}, shaped like a game server's socket pipeline:
 * {@link com.shardsofeternity.server.realtime.GameSocket} (transport) →
 * {@link com.shardsofeternity.server.realtime.SocketGateway} (handshake, envelope) →
 * {@link com.shardsofeternity.server.realtime.MessageRouter} → one
 * {@link com.shardsofeternity.server.realtime.MessageHandler} per message family in its feature package →
 * services → events → {@link com.shardsofeternity.server.realtime.EventBus} → sockets.
 *
 * <p>Live state sits in registries ({@link com.shardsofeternity.server.realtime.SessionRegistry},
 * {@link com.shardsofeternity.server.realtime.PresenceService}); every socket has a bounded
 * {@link com.shardsofeternity.server.realtime.OutboundQueue} drained asynchronously, so no handler ever
 * waits on a slow client.
 */
package com.shardsofeternity.server.realtime;
