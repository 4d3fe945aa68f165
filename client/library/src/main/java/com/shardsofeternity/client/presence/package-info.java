/**
 * Local knowledge of who is online where ({@code PresenceCache}) and of the client's own player
 * ({@code LocalPlayer}), kept current from {@code nearby_players}, {@code player_entered},
 * {@code player_left}, {@code location_update} and {@code character_update} by {@code PresenceUpdater}.
 * Both are read from any thread. The cache is written from the handler executor, in message order
 * (and by a resync, in its place in that order); the local player wherever the client learns
 * something about itself (login, selection, an acknowledged move).
 */
package com.shardsofeternity.client.presence;
