package com.shardsofeternity.loadtest;

import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.LoginResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gets players ready over the public REST API: the account {@code <prefix><n>} is registered on first
 * use and reused by later runs; each run logs in afresh and, when asked, creates the account's one
 * character if it has none and selects it.
 */
public final class Roster {

    private static final int SETUP_THREADS = 16;

    private final Api api;
    private final String prefix;
    private final String password;

    public Roster(Api api, String prefix, String password) {
        this.api = api;
        this.prefix = prefix;
        this.password = password;
    }

    public String username(int index) {
        return prefix + index;
    }

    public String password() {
        return password;
    }

    /** Registers the accounts {@code first .. first + count - 1} that do not exist yet. */
    public void registerAll(int first, int count) {
        forEach(first, count, "registering", index -> {
            api.registerIfMissing(username(index), password);
            return null;
        });
    }

    /** Players {@code 0 .. count - 1}, logged in, with a selected character when {@code withCharacters}. */
    public List<Player> ready(int count, boolean withCharacters) {
        registerAll(0, count);
        List<String> factions = withCharacters ? api.factions() : List.of();
        return forEach(0, count, "logging in", index -> {
            String username = username(index);
            LoginResponse login = api.login(username, password);
            if (!withCharacters) {
                return new Player(index, username, login.token(), null, 0);
            }
            List<CharacterView> own = api.characters(login.token());
            CharacterView character = own.isEmpty()
                    ? api.createCharacter(login.token(), characterName(index), factions.get(index % factions.size()))
                    : own.get(0);
            CharacterView selected = api.select(login.token(), character.id());
            return new Player(index, username, login.token(), selected.id(), selected.locationId());
        });
    }

    private String characterName(int index) {
        String name = prefix.substring(0, 1).toUpperCase() + prefix.substring(1) + " " + index;
        return name.length() < 3 ? name + "x" : name;
    }

    private interface Step<T> {
        T run(int index);
    }

    private <T> List<T> forEach(int first, int count, String what, Step<T> step) {
        ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = first; i < first + count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    T result = step.run(index);
                    int finished = done.incrementAndGet();
                    if (finished % 200 == 0 || finished == count) {
                        Console.progress(what + " " + finished + "/" + count);
                    }
                    return result;
                }));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException failed) {
            throw new IllegalStateException(what + " failed: " + failed.getCause().getMessage(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, interrupted);
        } finally {
            pool.shutdownNow();
            Console.endProgress();
        }
    }
}
