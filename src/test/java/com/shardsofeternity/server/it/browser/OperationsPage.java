package com.shardsofeternity.server.it.browser;

import com.shardsofeternity.server.it.Api;
import org.openqa.selenium.By;

/** The operations page at {@code /ops/}, as an operator uses it. */
public final class OperationsPage {

    /** The operator account the integration-test server lists in ADMIN_USERNAMES (see pom.xml). */
    public static final String OPERATOR = "it_admin";

    private final Browser browser;

    public OperationsPage(Browser browser) {
        this.browser = browser;
    }

    /** Makes sure the operator account exists (the server keeps its data between runs), then logs in on the page. */
    public OperationsPage logIn() {
        Api.Reply registered = Api.post("/api/auth/register", null, Api.json("username", OPERATOR, "password", Api.PASSWORD));
        if (registered.status() != 201 && registered.status() != 409) {
            throw new AssertionError("could not register the operator: " + registered.status() + " " + registered.body());
        }
        return logInAs(OPERATOR);
    }

    public OperationsPage logInAs(String username) {
        browser.open("/ops");
        browser.type("#login-username", username);
        browser.type("#login-password", Api.PASSWORD);
        browser.click("#login-button");
        return this;
    }

    public String playerRow(PlayPage player) {
        return "#players-table tr[data-character-id='" + player.characterId() + "']";
    }

    /** Waits until the page lists the player and its count agrees with its table. */
    public void awaitListed(PlayPage player) {
        browser.find(playerRow(player));
        awaitCountMatchesTable();
    }

    public void awaitNotListed(PlayPage player) {
        browser.awaitGone(playerRow(player));
        awaitCountMatchesTable();
    }

    public int playersOnline() {
        return Integer.parseInt(browser.text("#players-online"));
    }

    public void kick(PlayPage player) {
        browser.click(playerRow(player) + " button[data-action='kick']");
    }

    public void announce(String message) {
        browser.type("#announce-message", message);
        browser.click("#announce-button");
    }

    private void awaitCountMatchesTable() {
        browser.until(d -> {
            String shown = d.findElement(By.id("players-online")).getText();
            return shown.equals(String.valueOf(d.findElements(By.cssSelector("#players-table tr[data-character-id]")).size()));
        }, "the player count to match the table");
    }
}
