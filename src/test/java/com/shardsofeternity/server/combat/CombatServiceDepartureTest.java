package com.shardsofeternity.server.combat;

import static com.shardsofeternity.server.combat.CombatFixtures.assertRefused;
import static com.shardsofeternity.server.combat.CombatFixtures.defend;
import static com.shardsofeternity.server.combat.CombatFixtures.fighter;
import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.protocol.message.CombatParticipant;
import com.shardsofeternity.protocol.message.CombatState;
import com.shardsofeternity.server.character.CharacterService;
import com.shardsofeternity.server.character.PlayerCharacter;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.CharacterOffline;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.ServerMessage;
import com.shardsofeternity.server.realtime.ServerMessages;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the combat service does when fighters leave the game: the combat ends by the normal rule, the
 * others get the final {@code combat_state}, the claims are released, and nobody stays held by it.
 */
class CombatServiceDepartureTest {

    private static final long TURN_MILLIS = 30_000;

    private final Set<Long> online = new HashSet<>();
    private final List<Object> payloads = new ArrayList<>();
    private final List<Published> published = new ArrayList<>();
    private final LocalCombatDirectory directory = new LocalCombatDirectory();
    private final TestClock clock = new TestClock();
    private final CombatService service = new CombatService();

    private record Published(Audience audience, String type, Object payload) {
    }

    @BeforeEach
    void wire() {
        service.presence = new PresenceService() {
            @Override
            public boolean isOnline(long characterId) {
                return online.contains(characterId);
            }

            @Override
            public Optional<OnlineCharacter> find(long characterId) {
                return Optional.empty();
            }
        };
        service.characters = new CharacterService() {
            @Override
            public Optional<PlayerCharacter> find(long characterId) {
                return Optional.empty();
            }

            @Override
            public void saveHealth(long characterId, int health) {
                // Health is not what these tests look at.
            }
        };
        service.messages = new ServerMessages() {
            @Override
            public ServerMessage of(String type, Object payload) {
                payloads.add(payload);
                return new ServerMessage(type, Priority.CRITICAL, Integer.toString(payloads.size() - 1), null);
            }
        };
        service.bus = (audience, message) ->
                published.add(new Published(audience, message.type(), payloads.get(Integer.parseInt(message.body()))));
        service.settings = new GameSettings() {
            @Override
            public long combatTurnTimeoutMillis() {
                return TURN_MILLIS;
            }

            @Override
            public OptionalLong combatRandomSeed() {
                return OptionalLong.of(1);
            }
        };
        service.clock = clock;
        service.directory = directory;
        service.data = CombatFixtures.DATA;
        online.addAll(List.of(1L, 2L, 3L));
    }

    @Test
    void aFighterGoingOfflineEndsATwoPlayerCombatAndBothMayFightAgain() {
        service.begin(combat(fighter(1, 0).agility(12), fighter(2, 1).agility(10)));
        online.remove(2L);

        service.onOffline(new CharacterOffline(2));

        CombatState last = lastState();
        assertThat(last.ended()).isTrue();
        assertThat(last.winnerIds()).containsExactly(1L);
        assertThat(last.participants()).extracting(CombatParticipant::status).containsExactly("active", "fled");
        assertThat(lastAudience()).isEqualTo(new Audience.Characters(Set.of(1L, 2L)));
        assertThat(service.isFighting(1)).isFalse();
        assertRefused(ErrorCode.NOT_FOUND, () -> service.act(1, defend()));
        assertThat(directory.claim(List.of(1L, 2L), "the next one")).as("both are free to fight again").isTrue();
    }

    @Test
    void aFighterGoingOfflineLeavesTheOthersFightingAndTheyAreTold() {
        service.begin(combat(fighter(1, 0).agility(12), fighter(3, 0).agility(11), fighter(2, 1).agility(10)));

        service.onOffline(new CharacterOffline(3));

        CombatState last = lastState();
        assertThat(last.ended()).isFalse();
        assertThat(last.activeCharacterId()).isEqualTo(1L);
        assertThat(last.participants()).extracting(CombatParticipant::status)
                .containsExactly("active", "fled", "active");
        assertThat(service.isFighting(1)).isTrue();
        assertThat(service.isFighting(3)).isFalse();
        assertThat(directory.claim(List.of(3L), "the next one")).as("claims last until the combat ends").isFalse();
    }

    @Test
    void someoneGoingOfflineOutsideAnyCombatChangesNothing() {
        service.begin(combat(fighter(1, 0), fighter(2, 1)));
        int before = published.size();

        service.onOffline(new CharacterOffline(3));

        assertThat(published).hasSize(before);
        assertThat(service.isFighting(1)).isTrue();
        assertThat(service.isFighting(2)).isTrue();
    }

    @Test
    void whenATurnRunsOutFightersNoLongerOnlineAnywhereLeaveInsteadOfHesitating() {
        service.begin(combat(fighter(1, 0).agility(12), fighter(2, 1).agility(10)));
        online.remove(1L);
        online.remove(2L);

        clock.advance(TURN_MILLIS);
        service.expireTurns();

        CombatState last = lastState();
        assertThat(last.ended()).isTrue();
        assertThat(last.combatLog()).noneMatch(line -> line.contains("hesitates"));
        assertThat(last.combatLog()).contains("Fighter1 has left the game and flees the battle.");
        assertThat(directory.claim(List.of(1L, 2L), "the next one")).isTrue();
        int after = published.size();
        clock.advance(10 * TURN_MILLIS);
        service.expireTurns();
        assertThat(published).as("an ended combat is gone, not timed out forever").hasSize(after);
    }

    @Test
    void aDisconnectedFighterStillInsideTheResumeWindowJustHesitates() {
        service.begin(combat(fighter(1, 0).agility(12), fighter(2, 1).agility(10)));

        clock.advance(TURN_MILLIS - 1);
        service.expireTurns();
        assertThat(published).extracting(Published::type).containsExactly(MessageTypes.COMBAT_START);
        clock.advance(1);
        service.expireTurns();

        CombatState last = lastState();
        assertThat(last.ended()).isFalse();
        assertThat(last.activeCharacterId()).isEqualTo(2L);
        assertThat(last.combatLog()).last().isEqualTo("Fighter1 hesitates; the turn passes.");
        assertThat(service.isFighting(1)).isTrue();
    }

    private Combat combat(CombatFixtures.FighterBuilder... fighters) {
        List<Fighter> built = Arrays.stream(fighters).map(CombatFixtures.FighterBuilder::build).toList();
        return new Combat(CombatFixtures.COMBAT_ID, built, new CombatRules(new ScriptedRandom()), clock.millis());
    }

    private CombatState lastState() {
        for (int i = published.size() - 1; i >= 0; i--) {
            if (published.get(i).payload() instanceof CombatState state) {
                return state;
            }
        }
        throw new AssertionError("no combat_state was published: " + published);
    }

    private Audience lastAudience() {
        return published.get(published.size() - 1).audience();
    }

    private static final class TestClock extends Clock {
        private long millis = 1_000_000;

        void advance(long by) {
            millis += by;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
