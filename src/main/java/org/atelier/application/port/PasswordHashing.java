package org.atelier.application.port;

/** Hashes passwords for storing and checks a password against a stored hash. */
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String storedHash);

    /** Spends the time a real check would, and fails: a wrong address costs as long as a wrong password. */
    boolean matchesNothing(String password);
}
