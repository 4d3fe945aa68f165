package com.shardsofeternity.server.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.SeedData;
import com.shardsofeternity.server.it.ServerReady;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Two players, each in their own headless Chromium, playing together through the play page. */
@ExtendWith(ServerReady.class)
class BrowserPlayIT {

    private Browser first;
    private Browser second;

    @BeforeEach
    void startBrowsers() {
        first = Browser.start();
        second = Browser.start();
    }

    @AfterEach
    void closeBrowsers() {
        first.close();
        second.close();
    }

    @Test
    void playersChatAsPlainTextAndSeeEachOtherTravel() {
        PlayPage aria = new PlayPage(first).registerAndPlay("Azure Order");
        PlayPage bram = new PlayPage(second).registerAndPlay("Azure Order");
        aria.awaitNearby(bram);
        bram.awaitNearby(aria);

        String markup = "<b>x</b> & " + Api.uniqueName("friends");
        aria.say(markup);
        bram.awaitChat("global", markup);
        aria.awaitChat("global", markup);
        assertThat(second.driver().findElements(By.tagName("b"))).isEmpty();
        assertThat(first.driver().findElements(By.tagName("b"))).isEmpty();

        JsonObject neighbor = firstNeighborOfStart();
        long neighborId = neighbor.getJsonNumber("id").longValue();
        aria.travelTo(neighborId);
        aria.awaitCurrentLocation(neighbor.getString("name"));
        bram.awaitNotNearby(aria);

        bram.travelTo(neighborId);
        bram.awaitNearby(aria);
        aria.awaitNearby(bram);
        first.screenshot("play");
    }

    @Test
    void playersFormAPartyAndFight() {
        PlayPage leader = new PlayPage(first).registerAndPlay("Crimson Covenant");
        PlayPage friend = new PlayPage(second).registerAndPlay("Verdant Circle");
        leader.awaitNearby(friend);

        first.type("#party-name-input", "Wardens");
        first.click("#party-create");
        first.awaitText("#party-name", "Wardens");
        first.click(leader.nearbyEntry(friend) + " button[data-action='invite']");
        second.awaitText("#party-invites li", "Wardens");
        second.click("#party-invites button[data-action='join']");
        for (Browser each : new Browser[] {first, second}) {
            each.until(d -> d.findElements(By.cssSelector("#party-members li")).size() == 2, "two party members");
            each.awaitText("#party-members", friend.characterName());
        }

        first.click(leader.nearbyEntry(friend) + " button[data-action='fight']");
        first.find("#combat-card");
        second.find("#combat-card");
        Browser active = first.text("#combat-turn").contains("your turn") ? first : second;
        Browser waiting = active == first ? second : first;
        waiting.awaitText("#combat-turn", "'s turn");
        active.click("#combat-actions button[data-action='attack']");
        waiting.awaitText("#combat-turn", "your turn");
        for (Browser each : new Browser[] {first, second}) {
            each.until(d -> d.findElements(By.cssSelector("#combat-log li")).size() >= 2, "the attack in the combat log");
        }
        assertThat(waiting.find("#combat-actions button[data-action='defend']").isEnabled()).isTrue();
        assertThat(active.find("#combat-actions button[data-action='defend']").isEnabled()).isFalse();
        first.screenshot("play-combat");
    }

    @Test
    void pageShowsItIsOfflineThenResumesAndCatchesUpOnWhatItMissed() {
        PlayPage aria = new PlayPage(first).registerAndPlay("Azure Order");
        PlayPage bram = new PlayPage(second).registerAndPlay("Azure Order");
        aria.awaitNearby(bram);

        String missed = "said while you were away " + Api.uniqueName("");
        first.goOffline();
        first.until(d -> "offline".equals(aria.connectionState()), "the page to show it is offline");
        bram.say(missed);
        bram.awaitChat("global", missed);
        first.goOnline();

        first.until(d -> "online".equals(aria.connectionState()), "the page to reconnect");
        assertThat(first.find("#connection-status").getAttribute("data-resumed")).isEqualTo("true");
        aria.awaitChat("global", missed);
        assertThat(first.all("#chat-log-global .line .content")).filteredOn(e -> e.getText().equals(missed))
                .hasSize(1);
    }

    private static JsonObject firstNeighborOfStart() {
        var locations = Api.get("/api/world/locations", null).array();
        long start = SeedData.startingLocationId();
        long neighborId = locations.stream().map(JsonObject.class::cast)
                .filter(l -> l.getJsonNumber("id").longValue() == start).findFirst().orElseThrow()
                .getJsonArray("neighbors").getJsonNumber(0).longValue();
        return locations.stream().map(JsonObject.class::cast)
                .filter(l -> l.getJsonNumber("id").longValue() == neighborId).findFirst().orElseThrow();
    }
}
