package com.shardsofeternity.server.auth;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.config.GameSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs Argon2 on a small, bounded pool of its own. Hashing is deliberately expensive; bounding it
 * keeps a burst of logins from taking the CPU that chat and movement need, and a full queue answers
 * {@code RATE_LIMITED} instead of piling up requests.
 */
@ApplicationScoped
public class PasswordHashingPool {

    private static final long WAIT_SECONDS = 30;

    @Inject
    GameSettings settings;

    private PasswordHasher hasher;
    private ThreadPoolExecutor executor;
    private String dummyHash;

    @PostConstruct
    void start() {
        hasher = new PasswordHasher(settings.argon2MemoryKib(), settings.argon2Iterations(), settings.argon2Parallelism());
        AtomicInteger counter = new AtomicInteger();
        int threads = settings.passwordHashingThreads();
        executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.passwordHashingQueue()), runnable -> {
                    Thread thread = new Thread(runnable, "password-hashing-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    thread.setPriority(Thread.NORM_PRIORITY - 1);
                    return thread;
                });
        dummyHash = hasher.hash("placeholder-for-unknown-users");
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    public String hash(String password) {
        return run(() -> hasher.hash(password));
    }

    public boolean verify(String password, String encoded) {
        return run(() -> hasher.verify(password, encoded));
    }

    /** Spends the same effort as a real check, so an unknown user is not told apart by timing. */
    public void verifyAgainstNothing(String password) {
        run(() -> hasher.verify(password, dummyHash));
    }

    public boolean needsRehash(String encoded) {
        return hasher.needsRehash(encoded);
    }

    /** Hashes queued or running now; exposed as a metric. */
    public int backlog() {
        return executor.getQueue().size() + executor.getActiveCount();
    }

    private <T> T run(Callable<T> work) {
        Future<T> future;
        try {
            future = executor.submit(work);
        } catch (RejectedExecutionException full) {
            throw new GameException(ErrorCode.RATE_LIMITED, "the server is busy with other logins; try again shortly", 2);
        }
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new GameException(ErrorCode.INTERNAL_ERROR, "the login was interrupted");
        } catch (TimeoutException slow) {
            future.cancel(true);
            throw new GameException(ErrorCode.RATE_LIMITED, "the server is busy with other logins; try again shortly", 5);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("password hashing failed", failed.getCause());
        }
    }
}
