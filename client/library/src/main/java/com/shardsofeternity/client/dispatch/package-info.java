/**
 * Delivering messages to the game: the handler registry, the {@code IncomingMessage} handlers see,
 * and the dispatcher that reads frames (unpacking {@code batch}es) and runs handlers one at a time in
 * arrival order on a {@code SerialExecutor}, isolating their failures. Works on text frames alone, so
 * it serves server and peer messages alike and is tested without any socket.
 */
package com.shardsofeternity.client.dispatch;
