/**
 * Peer-to-peer play (PROTOCOL.md, "Peer to peer"): the {@link com.shardsofeternity.client.p2p.P2pNode}
 * with its listener (a WebSocket server inside the client), the offers the master server introduces
 * peers with, the links between peers, and the cryptography every frame on them goes through: Fernet
 * tokens, their keys, and the key derived from a shared secret where no server brokers one.
 *
 * <p>Threat model: the network between peers may read, alter, forge and replay frames, so every frame is
 * encrypted and authenticated, stale tokens are refused and replayed ones dropped, and a link opens only
 * once both ends have proved the key the server gave them. The master server, which makes the keys and
 * tickets, and the peer holding the key are trusted; a leaked key or a guessable shared secret is out of
 * scope. Plaintext links exist only where both ends are configured for them.
 *
 * <p>Uses the realtime package's transport to dial, Tyrus's Grizzly server to listen, the dispatch
 * package's handlers for what the server says and to deliver what peers say, and the JDK's
 * {@code javax.crypto} with Bouncy Castle's PBKDF2.
 */
package com.shardsofeternity.client.p2p;
