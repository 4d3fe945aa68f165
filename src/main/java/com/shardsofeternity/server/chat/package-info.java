/**
 * Chat on every channel (global, location, faction, party, whisper): validation, HTML escaping,
 * the per-character rate limit, delivery through the event bus, the write-behind archive and the
 * history endpoint with its visibility rules.
 */
package com.shardsofeternity.server.chat;
