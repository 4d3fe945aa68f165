/**
 * Scale-out mode (CLUSTER_ENABLED=true): several nodes share PostgreSQL for durable state and Redis
 * for what must be shared and fast. Redis pub/sub carries every fan-out to the node holding the
 * recipient's socket and tells every node when a session ends, selects a character or moves to
 * another node; sorted sets make rate limits cluster-wide; hashes hold presence and the peer listeners
 * that live as long as it; lists hold the replay buffers a reconnecting client resumes from on any node;
 * leases make periodic jobs run once per cluster. Calls between nodes carry what only the node holding
 * a socket can do or tell: combat actions for the combat's owner, and the operator's overview rows and
 * kicks. Nothing here is used on a single node.
 */
package com.shardsofeternity.server.cluster;
