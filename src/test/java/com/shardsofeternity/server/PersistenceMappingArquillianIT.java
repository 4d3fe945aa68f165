package com.shardsofeternity.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shardsofeternity.server.auth.Account;
import com.shardsofeternity.server.auth.AccountRepository;
import com.shardsofeternity.server.character.CharacterRepository;
import com.shardsofeternity.server.character.CharacterStats;
import com.shardsofeternity.server.character.PlayerCharacter;
import com.shardsofeternity.server.it.MasterServerArchive;
import com.shardsofeternity.server.world.Faction;
import com.shardsofeternity.server.world.GameData;
import com.shardsofeternity.server.world.Location;
import com.shardsofeternity.server.world.WorldRepository;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The persistence unit inside Liberty: the entities map onto the database and the world seed ran. */
@ExtendWith(ArquillianExtension.class)
class PersistenceMappingArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return MasterServerArchive.with(PersistenceMappingArquillianIT.class);
    }

    @Inject
    WorldRepository world;
    @Inject
    AccountRepository accounts;
    @Inject
    CharacterRepository characters;
    @Inject
    GameData data;
    @Inject
    UserTransaction transaction;
    @Inject
    Clock clock;

    @Test
    void worldSeedStoredLocationsShardsAndFactions() {
        List<Location> locations = world.locations();

        assertTrue(locations.size() >= 12, "at least 12 locations, found " + locations.size());
        assertFalse(locations.get(0).neighbors().isEmpty(), "a location's neighbours are stored with it");
        assertEquals(7, world.shards().size());
        assertEquals(Set.copyOf(data.factionNames()), world.factions().stream().map(Faction::name).collect(Collectors.toSet()));
        assertTrue(world.worldState().isPresent(), "the world state row exists");
    }

    @Test
    void usernamesDifferingOnlyInCaseAreRefusedByTheDatabase() {
        String username = newName("Arq");
        accounts.storeNow(new Account(username, "unused-password-hash", clock.millis()));

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> accounts.storeNow(new Account(username.toUpperCase(Locale.ROOT), "unused-password-hash", clock.millis())));

        assertTrue(isIntegrityViolation(refused), "a unique constraint refused the second account: " + refused);
        assertEquals(username, accounts.findByUsername(username.toLowerCase(Locale.ROOT)).orElseThrow().username());
    }

    @Test
    void characterRoundTripsWithItsInventory() throws Exception {
        Account owner = new Account(newName("arq"), "unused-password-hash", clock.millis());
        accounts.storeNow(owner);
        PlayerCharacter created = new PlayerCharacter(owner.id(), newName("Arq "), data.factionNames().get(0),
                new CharacterStats(120, 14, 9, 11), data.startingLocationId(), clock.millis());
        Map<Long, Integer> inventory = Map.of(data.items().get(0).id(), 3, data.items().get(1).id(), 1);
        inventory.forEach(created::addItems);
        transaction.begin();
        characters.storeNow(created);
        transaction.commit();

        transaction.begin();
        PlayerCharacter loaded = characters.find(created.id()).orElseThrow();
        transaction.commit();

        assertNotSame(created, loaded);
        assertEquals(created.name(), loaded.name());
        assertEquals(owner.id().longValue(), loaded.accountId());
        assertEquals(new CharacterStats(120, 14, 9, 11), loaded.stats());
        assertEquals(data.startingLocationId(), loaded.locationId());
        assertEquals(inventory, loaded.items());
    }

    private static String newName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static boolean isIntegrityViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
