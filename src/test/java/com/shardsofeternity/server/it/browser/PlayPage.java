package com.shardsofeternity.server.it.browser;

import com.shardsofeternity.server.it.Api;

/** The play page at {@code /}, as a player uses it. */
public final class PlayPage {

    private final Browser browser;
    private long characterId;
    private String characterName;

    public PlayPage(Browser browser) {
        this.browser = browser;
    }

    /** Registers a new account through the page, creates a character of {@code faction} and enters the world. */
    public PlayPage registerAndPlay(String faction) {
        browser.open("/");
        browser.type("#login-username", Api.uniqueName("web"));
        browser.type("#login-password", Api.PASSWORD);
        browser.click("#register-button");
        characterName = Api.uniqueName("Hero ");
        browser.type("#character-name", characterName);
        browser.find("#character-faction").sendKeys(faction);
        browser.click("#create-character-button");
        browser.until(d -> "online".equals(browser.find("#connection-status").getAttribute("data-state")), "the page to go online");
        characterId = Long.parseLong(browser.find("#hero-name").getAttribute("data-character-id"));
        return this;
    }

    public long characterId() {
        return characterId;
    }

    public String characterName() {
        return characterName;
    }

    public Browser browser() {
        return browser;
    }

    public void say(String text) {
        browser.type("#chat-input", text);
        browser.click("#chat-send");
    }

    public void awaitChat(String channel, String text) {
        browser.awaitText("#chat-log-" + channel + " .line .content", text);
    }

    public void travelTo(long locationId) {
        browser.click("#travel-list button[data-location-id='" + locationId + "']");
    }

    public void awaitCurrentLocation(String name) {
        browser.awaitText("#current-location", name);
    }

    public String nearbyEntry(PlayPage other) {
        return "#nearby-list li[data-character-id='" + other.characterId() + "']";
    }

    public void awaitNearby(PlayPage other) {
        browser.find(nearbyEntry(other));
    }

    public void awaitNotNearby(PlayPage other) {
        browser.awaitGone(nearbyEntry(other));
    }

    public String connectionState() {
        return browser.find("#connection-status").getAttribute("data-state");
    }
}
