package com.shardsofeternity.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecentErrorsTest {

    private final RecentErrors errors = new RecentErrors();
    private final Logger logger = Logger.getLogger("com.shardsofeternity.server.example.ExampleService");
    /** Keeps the logged failures of these tests off the console. */
    private final Logger application = Logger.getLogger("com.shardsofeternity");

    @BeforeEach
    void listen() {
        application.setUseParentHandlers(false);
        errors.listen(null);
    }

    @AfterEach
    void stopListening() {
        errors.stopListening();
        application.setUseParentHandlers(true);
    }

    @Test
    void warningsAndErrorsOfTheApplicationAreKeptNewestFirst() {
        logger.warning("first trouble");
        logger.severe("second trouble");

        assertThat(errors.newestFirst()).extracting(RecentErrors.ErrorEvent::message)
                .containsExactly("second trouble", "first trouble");
        assertThat(errors.newestFirst().get(0).level()).isEqualTo("SEVERE");
        assertThat(errors.newestFirst().get(0).source()).isEqualTo("ExampleService");
    }

    @Test
    void informationAndOtherLibrariesAreNotErrors() {
        logger.info("all is well");
        Logger.getLogger("org.example.Elsewhere").warning("not ours");

        assertThat(errors.newestFirst()).isEmpty();
    }

    @Test
    void aFailureShowsItsExceptionClassButNoStackTrace() {
        logger.log(Level.SEVERE, "handler failed", new IOException("disk full at /secret/path"));

        RecentErrors.ErrorEvent event = errors.newestFirst().get(0);
        assertThat(event.message()).isEqualTo("handler failed (IOException)");
        assertThat(event.message()).doesNotContain("/secret/path", "at com.");
    }

    @Test
    void onlyTheNewestAreKept() {
        for (int i = 0; i < RecentErrors.CAPACITY + 10; i++) {
            logger.warning("trouble " + i);
        }

        assertThat(errors.newestFirst()).hasSize(RecentErrors.CAPACITY);
        assertThat(errors.newestFirst().get(0).message()).isEqualTo("trouble " + (RecentErrors.CAPACITY + 9));
    }

    @Test
    void afterStoppingNothingMoreIsRecorded() {
        errors.stopListening();
        logger.warning("unheard");

        assertThat(errors.newestFirst()).isEmpty();
    }
}
