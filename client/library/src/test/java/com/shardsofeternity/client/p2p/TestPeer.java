package com.shardsofeternity.client.p2p;

import com.shardsofeternity.client.realtime.TyrusTransport;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One player's peer-to-peer side on loopback, without a master server: a real {@link P2pNode} with its
 * own listener, transport and timer, whose introductions come from a {@link TestIntroducer}. Records the
 * messages its peers send it.
 */
final class TestPeer implements AutoCloseable {

    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(5);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** A message a peer delivered: who sent it and its JSON. */
    record Received(long peerId, String message) {
    }

    final long characterId;
    final String name;
    final P2pNode node;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<Integer> registeredPorts = new CopyOnWriteArrayList<>();
    volatile Long location = 1L;
    private final TyrusTransport transport = new TyrusTransport(null, HANDSHAKE_TIMEOUT);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> daemon(task, "test-peer-timer-"));

    TestPeer(long characterId, PeerSettings settings, Function<Long, CompletableFuture<Void>> introduce) {
        this(characterId, settings, introduce, Clock.systemUTC());
    }

    TestPeer(long characterId, PeerSettings settings, Function<Long, CompletableFuture<Void>> introduce, Clock clock) {
        this.characterId = characterId;
        this.name = "Hero " + characterId;
        this.node = new P2pNode(settings, new P2pContext() {
            @Override
            public CompletableFuture<Void> registerListener(int port, String host) {
                registeredPorts.add(port);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Void> requestIntroduction(long peerId) {
                return introduce.apply(peerId);
            }

            @Override
            public void deliver(long peerId, String message) {
                received.add(new Received(peerId, message));
            }

            @Override
            public Optional<Long> currentLocation() {
                return Optional.ofNullable(location);
            }
        }, transport, new MessageCodec(MessageTypes.standard()), timer, task -> daemon(task, "test-peer-listener-"), clock);
    }

    /** Encrypted, on a port of the system's choice, ten peers at most. */
    static PeerSettings settings() {
        return new PeerSettings(0, 10, true, null, HANDSHAKE_TIMEOUT);
    }

    int listen() {
        return node.registerListener(null).join();
    }

    @Override
    public void close() throws InterruptedException {
        node.close();
        transport.close();
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static Thread daemon(Runnable task, String prefix) {
        Thread thread = new Thread(task, prefix + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
