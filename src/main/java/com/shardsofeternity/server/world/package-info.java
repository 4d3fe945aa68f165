/**
 * The world: locations and their paths, factions, shards and the world state (reality and stability),
 * seeded once from {@code world-seed.json} in the WAR, and the static game data (abilities, items)
 * read from the same file. Who is online where is asked of {@link com.shardsofeternity.server.world.OnlinePresence},
 * which the real-time layer provides.
 */
package com.shardsofeternity.server.world;
