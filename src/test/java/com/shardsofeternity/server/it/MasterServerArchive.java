package com.shardsofeternity.server.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the Arquillian tests: the WAR this build packaged, exactly as it ships, plus the
 * test's own classes. Deployed under its own name so it never collides with the server.xml's
 * {@code master-server} application.
 */
public final class MasterServerArchive {

    private static final String DEPLOYMENT_NAME = "sote-arquillian.war";

    private MasterServerArchive() {
    }

    public static WebArchive with(Class<?>... testClasses) {
        File built = new File(System.getProperty("arquillian.war", "target/master-server.war"));
        if (!built.isFile()) {
            throw new IllegalStateException(built + " is missing; the package phase builds it before the integration tests");
        }
        return ShrinkWrap.create(ZipImporter.class, DEPLOYMENT_NAME).importFrom(built).as(WebArchive.class)
                .addClasses(testClasses);
    }
}
