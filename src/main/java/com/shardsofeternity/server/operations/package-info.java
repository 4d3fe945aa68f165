/**
 * Operations: health checks, application metrics, the Admin Center's generated password, and the
 * operations page's admin API ({@code /api/admin}: overview, announcements, kicks, ending sessions),
 * which reads the live registries and metrics of the real-time layer and acts through the session service.
 * Who is online and kicks go through {@link com.shardsofeternity.server.operations.OnlinePlayers}: this
 * node's registry on a single node, every node's in a cluster.
 */
package com.shardsofeternity.server.operations;
