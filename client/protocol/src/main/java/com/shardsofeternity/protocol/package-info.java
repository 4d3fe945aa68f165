/**
 * The wire contract of Shards of Eternity (PROTOCOL.md, version 1.0): envelope, priorities, error and
 * close codes, the message type registry and the JSON codec.
 *
 * <p>This is the single home of the protocol model. The master server, the client library and every
 * test use these types; nothing here knows about sockets, servers or persistence. It depends only on
 * the JSON-B and JSON-P APIs, whose implementation the runtime provides.
 */
package com.shardsofeternity.protocol;
