/**
 * Movement: travel between neighboring locations, and positions inside a location with the server's
 * speed check (anti-cheat), rate limit, and relay to the location coalesced at the tick rate.
 */
package com.shardsofeternity.server.movement;
