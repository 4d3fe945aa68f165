package com.shardsofeternity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A closed client leaves no thread behind: its own pools, Tyrus's and the JDK HTTP client's selector
 * (which in Java 17 ends once the HTTP client is unreachable, hence the garbage collection).
 */
class ThreadCleanupTest {

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    private static void awaitNoThreadsBeyond(Set<Thread> before) {
        Eventually.await("the client's threads to end", Duration.ofSeconds(20), () -> {
            System.gc();
            Set<Thread> extra = liveThreads();
            extra.removeAll(before);
            return extra.isEmpty();
        });
    }

    @Test
    void closingAfterRestAndSocketUseLeavesNoThreads() throws Exception {
        Set<Thread> before = liveThreads();
        GameClient client = new GameClient(ClientConfig.builder().serverUrl(ClosedPort.url())
                .connectTimeout(Duration.ofSeconds(2)).build());
        client.getWorldState().handle((ok, error) -> error).get(5, TimeUnit.SECONDS);
        Throwable socketFailure = client.connectWithToken("tok").handle((ok, error) -> error).get(10, TimeUnit.SECONDS);
        assertThat(socketFailure).isInstanceOf(MasterServerException.class);

        client.close();

        awaitNoThreadsBeyond(before);
    }

    @Test
    void closingAfterStartingThePeerListenerLeavesNoThreads() throws Exception {
        Set<Thread> before = liveThreads();
        GameClient client = new GameClient(ClientConfig.builder().serverUrl(ClosedPort.url()).p2pPort(0).build());
        Throwable notRegistered = client.registerPeerListener().handle((port, error) -> error).get(10, TimeUnit.SECONDS);
        assertThat(notRegistered).hasCauseInstanceOf(NotConnectedException.class);
        assertThat(client.p2p().listenerPort()).isPresent();

        client.close();

        awaitNoThreadsBeyond(before);
        assertThat(client.p2p().listenerPort()).isEmpty();
    }

    @Test
    void aFailedCreateClientAndConnectClosesItsClient() throws Exception {
        Set<Thread> before = liveThreads();
        ClientConfig config = ClientConfig.builder().serverUrl(ClosedPort.url()).build();

        Throwable failure = GameClient.createClientAndConnect(config, "aria", "correct horse")
                .handle((ok, error) -> error).get(10, TimeUnit.SECONDS);

        assertThat(failure).hasCauseInstanceOf(MasterServerException.class);
        awaitNoThreadsBeyond(before);
    }
}
