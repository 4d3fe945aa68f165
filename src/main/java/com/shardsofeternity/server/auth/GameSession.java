package com.shardsofeternity.server.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * A login session. The bearer token itself is never stored, only its SHA-256 digest. An ended session
 * (logout, expiry, kick) keeps its row for a while so that its token is answered
 * {@code SESSION_EXPIRED} rather than {@code AUTH_REQUIRED}.
 */
@Entity
@Table(name = "game_sessions", indexes = {
        @Index(name = "ux_sessions_token_digest", columnList = "token_digest", unique = true),
        @Index(name = "ux_sessions_public_id", columnList = "public_id", unique = true),
        @Index(name = "ix_sessions_account", columnList = "account_id"),
        @Index(name = "ix_sessions_ended_at", columnList = "ended_at"),
        @Index(name = "ix_sessions_last_activity", columnList = "last_activity_at")})
@NamedQuery(name = "GameSession.byDigest", query = "SELECT s FROM GameSession s WHERE s.tokenDigest = :digest")
@NamedQuery(name = "GameSession.byPublicId", query = "SELECT s FROM GameSession s WHERE s.publicId = :publicId")
@NamedQuery(name = "GameSession.liveOfAccount",
        query = "SELECT s FROM GameSession s WHERE s.accountId = :accountId AND s.endedAt IS NULL")
@NamedQuery(name = "GameSession.dueToExpire", query = "SELECT s FROM GameSession s WHERE s.endedAt IS NULL"
        + " AND (s.lastActivityAt < :idleCutoff OR s.absoluteExpiresAt < :now)")
@NamedQuery(name = "GameSession.countLive", query = "SELECT COUNT(s) FROM GameSession s WHERE s.endedAt IS NULL")
@NamedQuery(name = "GameSession.purgeEnded", query = "DELETE FROM GameSession s WHERE s.endedAt < :cutoff")
public class GameSession {

    @Id
    @TableGenerator(name = "session_ids", table = "id_sequences", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "game_sessions", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "session_ids")
    private Long id;

    @Column(name = "public_id", nullable = false, length = 32)
    private String publicId;

    @Column(name = "token_digest", nullable = false, length = 64)
    private String tokenDigest;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "character_id")
    private Long characterId;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private long lastActivityAt;

    @Column(name = "absolute_expires_at", nullable = false)
    private long absoluteExpiresAt;

    @Column(name = "ended_at")
    private Long endedAt;

    @Column(name = "end_reason", length = 32)
    private String endReason;

    protected GameSession() {
    }

    public GameSession(String publicId, String tokenDigest, long accountId, long createdAt, long absoluteExpiresAt) {
        this.publicId = publicId;
        this.tokenDigest = tokenDigest;
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.lastActivityAt = createdAt;
        this.absoluteExpiresAt = absoluteExpiresAt;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String tokenDigest() {
        return tokenDigest;
    }

    public long accountId() {
        return accountId;
    }

    public Long characterId() {
        return characterId;
    }

    public void selectCharacter(Long characterId) {
        this.characterId = characterId;
    }

    public long createdAt() {
        return createdAt;
    }

    public long lastActivityAt() {
        return lastActivityAt;
    }

    public void touch(long at) {
        if (at > lastActivityAt) {
            lastActivityAt = at;
        }
    }

    public long absoluteExpiresAt() {
        return absoluteExpiresAt;
    }

    public Long endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public void end(long at, String reason) {
        if (endedAt == null) {
            endedAt = at;
            endReason = reason;
        }
    }
}
