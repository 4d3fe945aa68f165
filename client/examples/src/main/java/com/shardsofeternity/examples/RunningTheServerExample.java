package com.shardsofeternity.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The master server is its own Maven build (a WAR on Open Liberty), so this entry does not start it:
 * it prints the commands that do, from the repository root when it can find it.
 */
final class RunningTheServerExample implements Example {

    @Override
    public String title() {
        return "Running the server";
    }

    @Override
    public void run(Demo demo) {
        Optional<Path> root = repositoryRoot(Path.of("").toAbsolutePath());
        demo.say("The master server is a separate Maven build. Start it (HTTP 8888, HTTPS 8889, embedded Derby) with:");
        demo.say("");
        demo.say("  cd %s", root.map(Path::toString).orElse("<the repository root, where the server's pom.xml is>"));
        demo.say("  mvn -f client/pom.xml install -DskipTests && mvn package liberty:run -DskipTests");
        demo.say("");
        demo.say("or, as one runnable jar:");
        demo.say("");
        demo.say("  mvn -f client/pom.xml install -DskipTests && mvn -Ppackage-server package -DskipTests");
        demo.say("  java -jar target/master-server.jar");
        demo.say("");
        demo.say("It is ready when http://localhost:8888/health/ready answers UP. These examples talk to %s;",
                demo.config().serverUrl());
        demo.say("set MASTER_SERVER_URL to use another server, for example MASTER_SERVER_URL=http://localhost:9080.");
    }

    /** The nearest directory at or above {@code start} holding the master server's pom.xml. */
    static Optional<Path> repositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && declaresMasterServer(pom)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean declaresMasterServer(Path pom) {
        try {
            return Files.readString(pom).contains("<artifactId>master-server</artifactId>");
        } catch (IOException unreadable) {
            return false;
        }
    }
}
