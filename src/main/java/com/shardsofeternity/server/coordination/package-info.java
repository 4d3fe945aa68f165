/**
 * Coordination of periodic jobs that must run once for the whole deployment (session reaping, the
 * world clock): on a single node they always run; in a cluster only on the node holding the job's lease.
 */
package com.shardsofeternity.server.coordination;
