-- Version 1 of the PostgreSQL schema. Idempotent: every node may run it; only additive changes follow
-- in later versions (V2__..., V3__...), so nodes of the previous version keep working during a rollout.

CREATE TABLE IF NOT EXISTS id_sequences (
    sequence_name VARCHAR(50) NOT NULL PRIMARY KEY,
    next_value NUMERIC(38) NOT NULL
);
INSERT INTO id_sequences (sequence_name, next_value) VALUES
    ('accounts', 0), ('game_sessions', 0), ('characters', 0), ('parties', 0)
    ON CONFLICT (sequence_name) DO NOTHING;

CREATE TABLE IF NOT EXISTS accounts (
    id BIGINT NOT NULL PRIMARY KEY,
    username VARCHAR(20) NOT NULL,
    username_key VARCHAR(20) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_accounts_username_key ON accounts (username_key);

CREATE TABLE IF NOT EXISTS game_sessions (
    id BIGINT NOT NULL PRIMARY KEY,
    public_id VARCHAR(32) NOT NULL,
    token_digest VARCHAR(64) NOT NULL,
    account_id BIGINT NOT NULL,
    character_id BIGINT,
    created_at BIGINT NOT NULL,
    last_activity_at BIGINT NOT NULL,
    absolute_expires_at BIGINT NOT NULL,
    ended_at BIGINT,
    end_reason VARCHAR(32)
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_sessions_token_digest ON game_sessions (token_digest);
CREATE UNIQUE INDEX IF NOT EXISTS ux_sessions_public_id ON game_sessions (public_id);
CREATE INDEX IF NOT EXISTS ix_sessions_account ON game_sessions (account_id);
CREATE INDEX IF NOT EXISTS ix_sessions_ended_at ON game_sessions (ended_at);
CREATE INDEX IF NOT EXISTS ix_sessions_last_activity ON game_sessions (last_activity_at);

CREATE TABLE IF NOT EXISTS characters (
    id BIGINT NOT NULL PRIMARY KEY,
    account_id BIGINT NOT NULL,
    name VARCHAR(48) NOT NULL,
    name_key VARCHAR(48) NOT NULL,
    faction VARCHAR(64) NOT NULL,
    char_level INTEGER NOT NULL,
    health INTEGER NOT NULL,
    max_health INTEGER NOT NULL,
    attack INTEGER NOT NULL,
    defense INTEGER NOT NULL,
    agility INTEGER NOT NULL,
    location_id BIGINT NOT NULL,
    pos_x DOUBLE PRECISION NOT NULL,
    pos_y DOUBLE PRECISION NOT NULL,
    pos_z DOUBLE PRECISION NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    row_version BIGINT
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_characters_name_key ON characters (name_key);
CREATE INDEX IF NOT EXISTS ix_characters_account ON characters (account_id);
CREATE INDEX IF NOT EXISTS ix_characters_location ON characters (location_id);

CREATE TABLE IF NOT EXISTS character_items (
    character_id BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    quantity INTEGER,
    PRIMARY KEY (character_id, item_id)
);

CREATE TABLE IF NOT EXISTS locations (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(64) NOT NULL,
    description VARCHAR(255)
);

CREATE TABLE IF NOT EXISTS location_neighbors (
    location_id BIGINT NOT NULL,
    neighbor_id BIGINT
);
CREATE INDEX IF NOT EXISTS ix_location_neighbors_location ON location_neighbors (location_id);

CREATE TABLE IF NOT EXISTS factions (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    description VARCHAR(255),
    base_max_health INTEGER NOT NULL,
    base_attack INTEGER NOT NULL,
    base_defense INTEGER NOT NULL,
    base_agility INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS shards (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(64) NOT NULL,
    location_id BIGINT NOT NULL,
    owning_faction VARCHAR(64),
    captured_at BIGINT,
    captured_by_character_id BIGINT,
    row_version BIGINT
);

CREATE TABLE IF NOT EXISTS world_state (
    id BIGINT NOT NULL PRIMARY KEY,
    current_reality VARCHAR(64) NOT NULL,
    stability DOUBLE PRECISION NOT NULL,
    updated_at BIGINT NOT NULL,
    row_version BIGINT
);

CREATE TABLE IF NOT EXISTS parties (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(32) NOT NULL,
    leader_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    row_version BIGINT
);

CREATE TABLE IF NOT EXISTS party_members (
    character_id BIGINT NOT NULL PRIMARY KEY,
    party_id BIGINT NOT NULL,
    joined_at BIGINT NOT NULL,
    joined_seq BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_party_members_party ON party_members (party_id, joined_seq);

CREATE TABLE IF NOT EXISTS chat_messages (
    id BIGINT NOT NULL PRIMARY KEY,
    channel VARCHAR(16) NOT NULL,
    sender_id BIGINT NOT NULL,
    sender_name VARCHAR(48) NOT NULL,
    content VARCHAR(3000) NOT NULL,
    recipient_id BIGINT,
    party_id BIGINT,
    location_id BIGINT,
    faction VARCHAR(64),
    created_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_chat_channel_id ON chat_messages (channel, id);
CREATE INDEX IF NOT EXISTS ix_chat_location ON chat_messages (location_id, id);
CREATE INDEX IF NOT EXISTS ix_chat_faction ON chat_messages (faction, id);
CREATE INDEX IF NOT EXISTS ix_chat_party ON chat_messages (party_id, id);
CREATE INDEX IF NOT EXISTS ix_chat_sender ON chat_messages (sender_id, id);
CREATE INDEX IF NOT EXISTS ix_chat_recipient ON chat_messages (recipient_id, id);

CREATE TABLE IF NOT EXISTS schema_versions (
    version INTEGER NOT NULL PRIMARY KEY,
    applied_at BIGINT NOT NULL,
    applied_by VARCHAR(128) NOT NULL
);
