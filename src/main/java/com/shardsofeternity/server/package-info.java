/**
 * The Shards of Eternity master server. One package per feature ({@code auth}, {@code character},
 * {@code world}, {@code chat}, {@code party}, {@code combat}, {@code realtime}, {@code p2p},
 * {@code cluster}), each owning its entities, repository, service, REST resource and socket handler;
 * {@code web} holds the HTTP plumbing shared by every resource, {@code config} the settings, and
 * {@code operations} health, metrics and administration.
 */
package com.shardsofeternity.server;
