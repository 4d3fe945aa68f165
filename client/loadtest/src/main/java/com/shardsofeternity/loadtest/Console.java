package com.shardsofeternity.loadtest;

/**
 * The progress line on standard error: rewritten in place on a terminal, one line each time otherwise
 * (a log file). Results go to standard output.
 */
final class Console {

    private static final boolean TERMINAL = System.console() != null;
    private static int lastLength;

    private Console() {
    }

    static synchronized void progress(String line) {
        if (!TERMINAL) {
            System.err.println(line);
            return;
        }
        StringBuilder out = new StringBuilder("\r").append(line);
        for (int i = line.length(); i < lastLength; i++) {
            out.append(' ');
        }
        lastLength = line.length();
        System.err.print(out);
        System.err.flush();
    }

    static synchronized void endProgress() {
        if (lastLength > 0) {
            System.err.println();
            lastLength = 0;
        }
    }

    static synchronized void note(String line) {
        endProgress();
        System.err.println(line);
    }
}
