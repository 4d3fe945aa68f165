/**
 * Turn-based combat decided by the server alone: a fixed turn order, attacks, spells, items, defence
 * and flight resolved by {@link com.shardsofeternity.server.combat.CombatRules} from character stats
 * with a seedable random source, turn time-outs, fighters who leave the game counting as fled, and
 * health that persists and is announced.
 */
package com.shardsofeternity.server.combat;
