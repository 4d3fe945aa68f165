/**
 * Characters: creation, listing and selection for the session, their stats, position and inventory.
 * Selecting a character fires {@link com.shardsofeternity.server.character.CharacterSelected} for the
 * real-time layer.
 */
package com.shardsofeternity.server.character;
