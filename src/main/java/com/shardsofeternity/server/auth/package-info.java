/**
 * Accounts and sessions: registration, login with Argon2id password hashes and throttling, bearer
 * tokens stored only as SHA-256 digests, the Jakarta Security mechanism and identity store that guard
 * the API, and the timer that ends expired sessions. Other features learn of ended sessions through
 * the {@link com.shardsofeternity.server.auth.SessionEnded} CDI event.
 */
package com.shardsofeternity.server.auth;
