/** Input rules shared by REST and WebSocket paths: lengths in code points, on trimmed values. */
package com.shardsofeternity.server.validation;
