package com.shardsofeternity.server.character;

/** The combat stats of a character. */
public record CharacterStats(int maxHealth, int attack, int defense, int agility) {
}
