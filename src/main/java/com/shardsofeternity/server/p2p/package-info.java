/**
 * Peer-to-peer introductions: a character registers the port of its peer listener
 * ({@code p2p_register}), and another character in the same location asks to be introduced
 * ({@code p2p_connect}); both then get a {@code p2p_offer} with a fresh Fernet key for the pair and a
 * one-time ticket, and talk to each other directly. The server never carries their traffic.
 *
 * <p>Uses the real-time layer's presence (who is online where, and the address a socket came from),
 * its event bus to send the offers, and nothing else. The registry of peer listeners is an interface:
 * in memory on a single node, in Redis in a cluster (where the cluster package provides it), so that
 * characters whose sockets are on different nodes are introduced exactly as on one.
 */
package com.shardsofeternity.server.p2p;
