/**
 * The payload of each WebSocket message type of PROTOCOL.md, one record per shape. Where a type is
 * used in both directions with a subset of fields (for example {@code chat}), one record serves both:
 * the client fills what it sends, the server the rest. The envelope ({@code type}, {@code id},
 * {@code seq}, {@code timestamp}, {@code priority}) is the codec's business, not the records'.
 */
package com.shardsofeternity.protocol.message;
