package com.shardsofeternity.server.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.ServerReady;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** An operator on the operations page and a player on the play page, each in their own browser. */
@ExtendWith(ServerReady.class)
class BrowserOperationsIT {

    @Test
    void operatorSeesAPlayerArriveAnnouncesAndKicksThemOffline() {
        try (Browser operatorBrowser = Browser.start(); Browser playerBrowser = Browser.start()) {
            OperationsPage operations = new OperationsPage(operatorBrowser).logIn();
            operatorBrowser.until(d -> !d.findElement(By.id("players-online")).getText().equals("–"), "the first reading");

            PlayPage player = new PlayPage(playerBrowser).registerAndPlay("Umbral Syndicate");
            operations.awaitListed(player);
            assertThat(operations.playersOnline()).isPositive();
            operatorBrowser.awaitText(operations.playerRow(player), player.characterName());

            operations.announce("Maintenance at <i>noon</i>");
            playerBrowser.awaitText("#announcement", "Maintenance at <i>noon</i>");
            assertThat(playerBrowser.driver().findElements(By.tagName("i"))).isEmpty();
            operatorBrowser.awaitText("#stability-range", "samples");
            operatorBrowser.screenshot("ops");

            operations.kick(player);
            playerBrowser.until(d -> "closed".equals(player.connectionState()), "the player's page to be disconnected");
            assertThat(playerBrowser.find("#connection-status").getAttribute("data-reason")).isEqualTo("kicked");
            assertThat(playerBrowser.text("#connection-status")).contains("kicked");
            operations.awaitNotListed(player);
            playerBrowser.screenshot("play-kicked");
        }
    }

    @Test
    void aPlayerWhoIsNotAnOperatorIsTurnedAway() {
        String username = Api.register(Api.uniqueName("notop"));
        try (Browser browser = Browser.start()) {
            new OperationsPage(browser).logInAs(username);
            browser.awaitText("#notice", "not an operator");
            assertThat(browser.find("#login-view").isDisplayed()).isTrue();
            assertThat(browser.all("#dashboard:not([hidden])")).isEmpty();
        }
    }
}
