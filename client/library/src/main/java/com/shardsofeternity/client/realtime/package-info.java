/**
 * The authenticated WebSocket of a session: {@code RealtimeSession} (handshake, heartbeats, automatic
 * reconnection with resume) over a {@code Transport} (Tyrus in production), with its parts kept small
 * and separately testable: {@code Backoff} (delays), {@code SeqTracker} (de-duplication by seq),
 * {@code PendingRequests} (answers and timeouts), {@code InboundRouter} (the protocol's own reactions
 * to pings, acks and errors). Uses {@code dispatch} to hand messages on; never calls REST itself.
 */
package com.shardsofeternity.client.realtime;
