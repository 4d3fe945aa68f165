/** The server's settings: every limit and timing, each with a default and an environment override. */
package com.shardsofeternity.server.config;
