/**
 * The cryptography of peer-to-peer play: Fernet tokens that carry every frame between two clients, their
 * keys, and the key derived from a shared secret when no server brokers one (PROTOCOL.md, "Peer to peer").
 *
 * <p>Threat model: the network between peers may read, alter, forge and replay frames, so every frame is
 * encrypted and authenticated and stale tokens are refused (a replay inside the TTL is not caught here).
 * The peer holding the key is trusted; a leaked key or a guessable shared secret is out of scope.
 *
 * <p>Uses only the JDK's {@code javax.crypto} and Bouncy Castle's PBKDF2; nothing here knows about sockets.
 */
package com.shardsofeternity.client.p2p;
