package org.atelier.testing;

import org.atelier.testing.db.ContainerDb;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;

/** The archives the integration tests deploy. */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The war exactly as Maven packaged it: the tests exercise what ships. For tests that run
     * inside the server, Arquillian adds the test class and its own servlet to it.
     */
    public static WebArchive atelierWar() {
        File war = new File(System.getProperty("atelier.war", "target/atelier.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The shipped war plus the helpers of tests that run inside the server, Awaitility among them. */
    public static WebArchive atelierWarForInContainerTests() {
        return atelierWar().addClass(ContainerDb.class).addPackages(true, "org.awaitility", "org.hamcrest");
    }

    /**
     * The deployment's address on the loopback interface: tests only ever talk to this machine
     * through loopback, while Payara reports the machine's network address. The context root is
     * the war's name; it is set here because the Payara Micro connector now and then reads the
     * deployment before Payara has printed all of it, and then reports the server's root instead.
     */
    public static URL loopback(URL deployed) {
        try {
            return new URL(deployed.getProtocol(), "127.0.0.1", deployed.getPort(), "/atelier/");
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
