/**
 * HTTP plumbing shared by every REST resource: the JAX-RS application, the wire JSON settings, the
 * body size limit, and the mapping of every failure to the protocol's JSON error body. Resources live
 * in their feature packages.
 */
package com.shardsofeternity.server.web;
