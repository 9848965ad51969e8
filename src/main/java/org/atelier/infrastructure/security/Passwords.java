package org.atelier.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.atelier.application.port.PasswordHashing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Hashes and checks passwords with the container's {@link Pbkdf2PasswordHash}. The stored hash
 * names its algorithm and iteration count, so raising the cost later still verifies old hashes.
 */
@ApplicationScoped
public class Passwords implements PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "atelier.password.iterations", defaultValue = "210000")
    int iterations;

    /** Checked when no account has the address, so that a wrong address costs as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("not a password anyone has".toCharArray());
    }

    @Override
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    @Override
    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time a real check would, and fails. */
    @Override
    public boolean matchesNothing(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), decoy);
        return false;
    }
}
