/**
 * The Shards of Eternity client library: {@link com.shardsofeternity.client.GameClient} is what a game
 * uses, configured by {@link com.shardsofeternity.client.ClientConfig}; failures arrive as
 * {@link com.shardsofeternity.client.MasterServerException}. {@link com.shardsofeternity.client.Messages}
 * builds protocol records and {@link com.shardsofeternity.client.Await} gives blocking access for scripts.
 *
 * <p>The sub-packages hold the parts, by concern: {@code rest} (the HTTP API), {@code realtime} (the
 * socket: handshake, heartbeats, reconnect and resume), {@code dispatch} (handlers and their thread),
 * {@code presence} (who is where) and {@code p2p} (peer connections). They may use the vocabulary of
 * this package (configuration and exceptions) and the protocol module, which is the only source of
 * message types; {@code GameClient} is the one place that wires them together.
 */
package com.shardsofeternity.client;
