package org.atelier.testing;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/** What every client-side integration test needs: the deployed war's address, on loopback. */
public abstract class DeployedAtelier {

    @ArquillianResource
    private URL deployed;

    /** The deployment's root, such as http://127.0.0.1:8123/atelier/ */
    protected URL base;

    @BeforeEach
    void useLoopback() {
        base = Deployments.loopback(deployed);
    }
}
