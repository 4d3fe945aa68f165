/** Operations: health checks, application metrics and the Admin Center's generated password. */
package com.shardsofeternity.server.operations;
