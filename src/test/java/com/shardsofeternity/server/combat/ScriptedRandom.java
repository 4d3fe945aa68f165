package com.shardsofeternity.server.combat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

/**
 * A random source that plays back exact rolls: {@link #roll(double)} for the next {@code nextDouble()}
 * (hit and flee checks), {@link #die(int)} for the next d6 face. Asking for a kind of roll that is not
 * next in the script, or for more rolls than scripted, fails the test.
 */
final class ScriptedRandom implements RandomGenerator {

    private record Die(int face) {
    }

    private final Deque<Object> script = new ArrayDeque<>();

    ScriptedRandom roll(double value) {
        script.add(value);
        return this;
    }

    ScriptedRandom die(int face) {
        if (face < 1 || face > 6) {
            throw new IllegalArgumentException("a d6 shows 1-6, not " + face);
        }
        script.add(new Die(face));
        return this;
    }

    boolean usedUp() {
        return script.isEmpty();
    }

    @Override
    public double nextDouble() {
        Object next = next("a roll");
        if (!(next instanceof Double value)) {
            throw new AssertionError("the rules asked for a roll but the script has " + next);
        }
        return value;
    }

    @Override
    public int nextInt(int bound) {
        if (bound != 6) {
            throw new AssertionError("the rules asked for a number below " + bound + ", not a d6");
        }
        Object next = next("a die");
        if (!(next instanceof Die die)) {
            throw new AssertionError("the rules asked for a die but the script has " + next);
        }
        return die.face() - 1;
    }

    @Override
    public long nextLong() {
        throw new AssertionError("the rules asked for a raw long");
    }

    private Object next(String what) {
        Object next = script.poll();
        if (next == null) {
            throw new AssertionError("the rules asked for " + what + " beyond the script");
        }
        return next;
    }
}
