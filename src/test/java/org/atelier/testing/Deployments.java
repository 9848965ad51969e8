package org.atelier.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The archives the integration tests deploy. */
public final class Deployments {

    private Deployments() {
    }

    /** The war exactly as Maven packaged it: the tests exercise what ships. */
    public static WebArchive atelierWar() {
        File war = new File(System.getProperty("atelier.war", "target/atelier.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
