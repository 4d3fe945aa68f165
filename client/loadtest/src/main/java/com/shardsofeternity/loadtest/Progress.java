package com.shardsofeternity.loadtest;

import java.util.function.Supplier;

/** Rewrites the progress line once a second while a run goes on. */
final class Progress implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;

    Progress(Supplier<String> line) {
        thread = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
                if (running) {
                    Console.progress(line.get());
                }
            }
        }, "progress");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Console.endProgress();
    }
}
