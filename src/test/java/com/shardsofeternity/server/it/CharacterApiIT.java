package com.shardsofeternity.server.it;

import static com.shardsofeternity.server.it.Api.json;
import static com.shardsofeternity.server.it.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/characters}: creating, listing and selecting one's characters, and nobody else's. */
@ExtendWith(ServerReady.class)
class CharacterApiIT {

    private static final String CHARACTERS = "/api/characters";
    private static final String SELECT = "/api/characters/select";
    private static final String FACTION = "Crimson Covenant";

    /** An account whose characters no test counts. */
    private static Api.Session creator;

    @BeforeAll
    static void registerCreator() {
        creator = Api.newSession();
    }

    private static Api.Reply create(String token, String name, String faction) {
        return Api.post(CHARACTERS, token, json("name", name, "faction", faction));
    }

    private static Api.Reply select(String token, long characterId) {
        return Api.post(SELECT, token, json("character_id", characterId));
    }

    private static String heroName() {
        return Api.uniqueName("Hero ");
    }

    /** Random code points from {@code first} to {@code last}, all letters: unique names of an exact length. */
    private static String randomLetters(int count, int first, int last) {
        StringBuilder name = new StringBuilder();
        IntStream.range(0, count).forEach(i -> name.appendCodePoint(ThreadLocalRandom.current().nextInt(first, last + 1)));
        return name.toString();
    }

    @Test
    void aNewCharacterStartsAtLevelOneInTheStartingLocationAtTheOrigin() {
        String name = heroName();

        Api.Reply reply = create(creator.token(), name, FACTION);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonObject character = reply.json();
        assertThat(character.getJsonNumber("id").longValue()).isPositive();
        assertThat(character.getString("name")).isEqualTo(name);
        assertThat(character.getString("faction")).isEqualTo(FACTION);
        assertThat(character.getInt("level")).isEqualTo(1);
        assertThat(character.getInt("max_health")).isPositive();
        assertThat(character.getInt("health")).isEqualTo(character.getInt("max_health"));
        assertThat(character.getJsonNumber("location_id").longValue()).isEqualTo(SeedData.startingLocationId());
        JsonObject position = character.getJsonObject("position");
        assertThat(List.of(position.getJsonNumber("x").doubleValue(), position.getJsonNumber("y").doubleValue(),
                position.getJsonNumber("z").doubleValue())).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void everyListedFactionCanBeChosen() {
        Api.Session player = Api.newSession();
        List<String> factions = Api.get("/api/world/factions", null).array().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();

        for (String faction : factions) {
            Api.Reply reply = create(player.token(), heroName(), faction);
            assertThat(reply.status()).as(faction + ": " + reply.body()).isEqualTo(201);
            assertThat(reply.json().getString("faction")).isEqualTo(faction);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nobody's Faction", "crimson covenant", "CRIMSON COVENANT", ""})
    void aFactionThatIsNotListedIsInvalid(String faction) {
        assertError(create(creator.token(), heroName(), faction), 400, "INVALID_MESSAGE");
    }

    @Test
    void characterNamesAreUniqueIgnoringCaseAcrossAllPlayers() {
        String name = heroName();
        Api.Session other = Api.newSession();
        Api.createCharacter(creator.token(), name, FACTION);

        assertError(create(creator.token(), name, FACTION), 409, "NAME_TAKEN");
        assertError(create(other.token(), name.toUpperCase(Locale.ROOT), "Azure Order"), 409, "NAME_TAKEN");
        assertError(create(other.token(), "  " + name.toLowerCase(Locale.ROOT) + "  ", FACTION), 409, "NAME_TAKEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "abcdefghijklmnopqrstuvwxy", "Under_score", "Semi;colon", "<b>Bold</b>", "Dot.Name",
            "Tab\tName", "Emoji \uD83D\uDE00", "   ", ""})
    void namesOutsideThreeToTwentyFourLettersDigitsSpacesApostrophesAndHyphensAreInvalid(String name) {
        assertError(create(creator.token(), name, FACTION), 400, "INVALID_MESSAGE");
    }

    @Test
    void namesMayHoldAnyScriptsLettersApostrophesHyphensAndInnerSpaces() {
        Api.Session player = Api.newSession();
        String suffix = randomLetters(4, 'a', 'z');
        List<String> names = List.of("O'Brien-Smith " + suffix, "Zoë Ångström " + suffix, "Кощей " + suffix,
                "Hero 2 " + suffix);

        for (String name : names) {
            Api.Reply reply = create(player.token(), name, FACTION);
            assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(201);
            assertThat(reply.json().getString("name")).isEqualTo(name);
        }
    }

    @Test
    void nameLengthIsCountedInCodePointsAfterTrimming() {
        String three = randomLetters(3, 0x4E00, 0x9FFF);
        String astral24 = randomLetters(24, 0x1D400, 0x1D433);
        String astral25 = randomLetters(25, 0x1D400, 0x1D433);

        Api.Reply padded = create(creator.token(), "   " + three + "   ", FACTION);
        assertThat(padded.status()).as(padded.body()).isEqualTo(201);
        assertThat(padded.json().getString("name")).isEqualTo(three);
        assertThat(create(creator.token(), astral24, FACTION).status()).isEqualTo(201);
        assertError(create(creator.token(), astral25, FACTION), 400, "INVALID_MESSAGE");
    }

    @Test
    void aNameWhoseLowerCaseIsLongerThanItselfIsStoredAndStaysUnique() {
        String dottedCapitals = "\u0130".repeat(12) + randomLetters(12, 0x1D400, 0x1D433);

        Api.Reply created = create(creator.token(), dottedCapitals, FACTION);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("name")).isEqualTo(dottedCapitals);
        assertError(create(creator.token(), dottedCapitals, "Azure Order"), 409, "NAME_TAKEN");
    }

    @Test
    void listingShowsOnlyTheCallersOwnCharactersInCreationOrder() {
        Api.Session alice = Api.newSession();
        Api.Session bob = Api.newSession();
        long first = Api.createCharacter(alice.token(), heroName(), FACTION).getJsonNumber("id").longValue();
        long bobs = Api.createCharacter(bob.token(), heroName(), FACTION).getJsonNumber("id").longValue();
        long second = Api.createCharacter(alice.token(), heroName(), "Azure Order").getJsonNumber("id").longValue();

        assertThat(ids(Api.get(CHARACTERS, alice.token()))).containsExactly(first, second);
        assertThat(ids(Api.get(CHARACTERS, bob.token()))).containsExactly(bobs);
        assertThat(ids(Api.get(CHARACTERS, Api.newSession().token()))).isEmpty();
    }

    private static List<Long> ids(Api.Reply list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.array().getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aListedCharacterIsTheOneCreated() {
        Api.Session player = Api.newSession();
        JsonObject created = Api.createCharacter(player.token(), heroName(), "Verdant Circle");

        assertThat(Api.get(CHARACTERS, player.token()).array()).containsExactly(created);
    }

    @Test
    void selectingOnesOwnCharacterAnswersIt() {
        JsonObject created = Api.createCharacter(creator.token(), heroName(), FACTION);

        Api.Reply reply = select(creator.token(), created.getJsonNumber("id").longValue());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(created);
    }

    @Test
    void selectingAnotherPlayersCharacterIsForbiddenAndRevealsNothing() {
        String secretName = heroName();
        JsonObject theirs = Api.createCharacter(Api.newSession().token(), secretName, "Umbral Syndicate");

        Api.Reply reply = select(creator.token(), theirs.getJsonNumber("id").longValue());

        assertError(reply, 403, "FORBIDDEN");
        assertThat(reply.body()).doesNotContain(secretName, "Umbral");
    }

    @Test
    void selectingACharacterThatDoesNotExistIsNotFound() {
        assertError(select(creator.token(), 9_000_000_000_000_000L), 404, "NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"character_id\":0}", "{\"character_id\":-1}", "{\"character_id\":null}", "{}"})
    void selectNeedsAPositiveCharacterId(String body) {
        assertError(Api.post(SELECT, creator.token(), body), 400, "INVALID_MESSAGE");
    }

    @Test
    void anAccountHoldsAtMostTenCharacters() {
        Api.Session player = Api.newSession();
        for (int i = 0; i < 10; i++) {
            Api.createCharacter(player.token(), heroName(), FACTION);
        }

        assertError(create(player.token(), heroName(), FACTION), 403, "FORBIDDEN");
        assertThat(Api.get(CHARACTERS, player.token()).array()).hasSize(10);
    }
}
