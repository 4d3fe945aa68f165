package com.shardsofeternity.server.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.server.it.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An operator on the operations page and a player on the play page, each in their own browser. */
class BrowserOperationsIT {

    private Browser operatorBrowser;
    private Browser playerBrowser;

    @BeforeEach
    void startBrowsers() {
        operatorBrowser = Browser.start();
        playerBrowser = Browser.start();
    }

    @AfterEach
    void closeBrowsers() {
        operatorBrowser.close();
        playerBrowser.close();
    }

    @Test
    void operatorSeesAPlayerArriveAnnouncesAndKicksThemOffline() {
        OperationsPage operations = new OperationsPage(operatorBrowser).logIn();
        operatorBrowser.find("#players-table");
        operatorBrowser.until(d -> !d.findElement(By.id("players-online")).getText().equals("–"), "the first reading");

        PlayPage player = new PlayPage(playerBrowser).registerAndPlay("Umbral Syndicate");
        operations.awaitListed(player);
        assertThat(operations.playersOnline()).isGreaterThanOrEqualTo(1);
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

    @Test
    void aPlayerWhoIsNotAnOperatorIsTurnedAway() {
        String username = Api.register(Api.uniqueName("notop"));
        new OperationsPage(operatorBrowser).logInAs(username);
        operatorBrowser.awaitText("#notice", "not an operator");
        assertThat(operatorBrowser.find("#login-view").isDisplayed()).isTrue();
        assertThat(operatorBrowser.all("#dashboard:not([hidden])")).isEmpty();
    }
}
