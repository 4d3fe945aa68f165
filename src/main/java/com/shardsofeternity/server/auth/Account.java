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
import java.util.Locale;

/** A player's account: the login name and the password hash. Characters belong to it. */
@Entity
@Table(name = "accounts", indexes = @Index(name = "ux_accounts_username_key", columnList = "username_key", unique = true))
@NamedQuery(name = "Account.byUsernameKey", query = "SELECT a FROM Account a WHERE a.usernameKey = :key")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
public class Account {

    @Id
    @TableGenerator(name = "account_ids", table = "id_sequences", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "accounts", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "account_ids")
    private Long id;

    @Column(name = "username", nullable = false, length = 20)
    private String username;

    /** The username folded to lower case: uniqueness and lookup are case-insensitive. */
    @Column(name = "username_key", nullable = false, length = 20, unique = true)
    private String usernameKey;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, long createdAt) {
        this.username = username;
        this.usernameKey = keyOf(username);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public static String keyOf(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public long createdAt() {
        return createdAt;
    }
}
