package com.shardsofeternity.server.operations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Admin Center has no built-in password. When the operator sets none ({@code ADMIN_PASSWORD}),
 * the first start generates a random one, stores it (obfuscated) as a configuration override that
 * Liberty picks up at once, and prints it to the log this one time.
 */
@Singleton
@Startup
public class AdminPasswordBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminPasswordBootstrap.class.getName());
    static final String OVERRIDE_FILE = "configDropins/overrides/generated-admin-password.xml";

    /** Empty when unset: MicroProfile Config treats the empty string of server.xml's default as no value. */
    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "ADMIN_USER", defaultValue = "admin")
    String adminUser;

    @Inject
    @ConfigProperty(name = "SOTE_SERVER_CONFIG_DIR")
    Optional<String> serverConfigDir;

    @PostConstruct
    void ensurePassword() {
        if (configuredPassword.filter(p -> !p.isBlank()).isPresent()
                || serverConfigDir.filter(d -> !d.isBlank()).isEmpty()) {
            return;
        }
        Path override = Path.of(serverConfigDir.get()).resolve(OVERRIDE_FILE);
        if (Files.exists(override)) {
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<server>\n"
                + "    <!-- Generated on first start because ADMIN_PASSWORD was not set. Set ADMIN_PASSWORD to replace it. -->\n"
                + "    <variable name=\"ADMIN_PASSWORD\" value=\"" + xor(password) + "\"/>\n</server>\n";
        try {
            Files.createDirectories(override.getParent());
            Files.writeString(override, xml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            LOG.warning(() -> "No ADMIN_PASSWORD was set. Generated the Admin Center password for user '" + adminUser
                    + "': " + password + "  (shown once; set ADMIN_PASSWORD to choose your own)");
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "could not store a generated Admin Center password; set ADMIN_PASSWORD", failed);
        }
    }

    /** Liberty's {@code {xor}} encoding: keeps the password out of plain sight in the file. */
    static String xor(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (bytes[i] ^ '_');
        }
        return "{xor}" + Base64.getEncoder().encodeToString(bytes);
    }
}
