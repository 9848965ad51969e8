package org.atelier.testing.db;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.atelier.testing.web.Http;

/**
 * Accounts of a test's own, written straight into the test database with a password hash in the
 * container's PBKDF2 format (with few iterations: the hash names its own count), so that tests
 * never share an account or a monthly quota.
 */
public final class Accounts {

    private Accounts() {
    }

    public record TestAccount(long id, String email, String password) {
    }

    /** A verified account with the given roles beyond VISITOR. */
    public static TestAccount create(String... roles) throws SQLException {
        String email = "test-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String password = "pw-" + UUID.randomUUID();
        try (Connection db = TestDb.connect(); PreparedStatement insert = db.prepareStatement("""
                insert into account (id, email, display_name, password_hash, email_verified_at, language, created_at)
                values (nextval('account_id_seq'), ?, ?, ?, now(), 'en', now()) returning id""")) {
            insert.setString(1, email);
            insert.setString(2, "Test " + email.substring(5, 13));
            insert.setString(3, hash(password));
            long id;
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            for (String role : roles) {
                try (PreparedStatement grant = db.prepareStatement(
                        "insert into account_role (account_id, role, granted_at) values (?, ?, now())")) {
                    grant.setLong(1, id);
                    grant.setString(2, role);
                    grant.executeUpdate();
                }
            }
            return new TestAccount(id, email, password);
        }
    }

    /** Signs in through the sign-in form, as a browser would; answers the page it ends on. */
    public static java.net.http.HttpResponse<String> signIn(Http http, String email, String password) {
        String form = http.get("signin").body();
        http.postForm("signin", Map.of("signin", "signin", "signin:email", email, "signin:password", password,
                "signin:next", "/account", "signin:submit", "", "jakarta.faces.ViewState", Http.viewState(form)));
        return http.get("account");
    }

    private static String hash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            int iterations = 1000;
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
