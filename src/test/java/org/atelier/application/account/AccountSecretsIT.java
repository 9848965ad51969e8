package org.atelier.application.account;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.atelier.domain.model.account.AccountException;
import org.atelier.domain.model.account.AccountToken;
import org.atelier.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside Payara Micro, where the log is: an account's whole life of secrets (sign-up, wrong
 * passwords, new verification links, reset links, forged links) leaves no password and no usable
 * token in the server's log or in the database.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecretsIT {

    private static final Pattern TOKEN_SHAPED = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelierWarForInContainerTests();
    }

    @Inject
    AccountService accounts;

    @Resource(lookup = "java:app/jdbc/atelier")
    DataSource db;

    @Test
    void noPasswordAndNoUsableTokenReachesTheLogOrTheDatabase() throws Exception {
        String unique = UUID.randomUUID().toString();
        String email = "secret-" + unique.substring(0, 8) + "@example.org";
        String password = "correct horse " + unique;
        String wrongPassword = "wrong battery " + unique;
        String newPassword = "staple again " + unique;

        LogCapture log = LogCapture.start();
        try {
            Logger.getLogger("org.atelier.test").info("capture canary " + unique);
            accounts.signUp("Sam Secret", email, password, "en");
            assertTrue(accounts.checkPassword(email, password).isEmpty(), "not verified yet");
            assertTrue(accounts.resendVerificationIfPending(email, password));
            assertTrue(accounts.checkPassword(email, wrongPassword).isEmpty());
            accounts.requestPasswordReset(email);
            assertThrows(AccountException.class, () -> accounts.resetPassword("forged-" + unique, newPassword));
            assertThrows(AccountException.class, () -> accounts.resetPassword(null, newPassword));
            assertThrows(AccountException.class, () -> accounts.signUp("Sam Secret", "not an address", password, "en"));
        } finally {
            log.stop();
        }

        String logged = log.text();
        assertTrue(logged.contains("capture canary " + unique), "the capture sees the server's log");
        for (String secret : List.of(password, wrongPassword, newPassword)) {
            assertFalse(logged.contains(secret), "a password in the log");
        }
        assertEquals(List.of(), storedTokensAmong(logged), "a usable token in the log");

        assertEquals(3, count("select count(*) from account_token t join account a on a.id = t.account_id where a.email = ?", email),
                "two verification links and one reset link were issued");
        for (String row : rowsAsText(email)) {
            for (String secret : List.of(password, wrongPassword, newPassword)) {
                assertFalse(row.contains(secret), "a password stored in clear: " + row);
            }
        }
        assertEquals(0, count("""
                select count(*) from account_token t join account a on a.id = t.account_id
                where a.email = ? and t.token_hash !~ '^[0-9a-f]{64}$'""", email), "only digests are stored");
        assertTrue(count("select count(*) from account where email = ? and password_hash like 'PBKDF2WithHmacSHA512:%'",
                email) == 1);
    }

    /** Strings in the log shaped like a token whose digest the database knows: a token someone could use. */
    private List<String> storedTokensAmong(String logged) throws SQLException {
        List<String> usable = new ArrayList<>();
        Matcher candidates = TOKEN_SHAPED.matcher(logged);
        while (candidates.find()) {
            if (count("select count(*) from account_token where token_hash = ?", AccountToken.digest(candidates.group())) > 0) {
                usable.add(candidates.group());
            }
        }
        return usable;
    }

    private List<String> rowsAsText(String email) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement("""
                select a::text from account a where a.email = ?
                union all select t::text from account_token t join account a on a.id = t.account_id where a.email = ?""")) {
            query.setString(1, email);
            query.setString(2, email);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        assertFalse(rows.isEmpty());
        return rows;
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Everything the server logs while it is attached, formatted as the log would show it. */
    private static final class LogCapture extends Handler {

        private final StringBuilder text = new StringBuilder();
        private final SimpleFormatter formatter = new SimpleFormatter();

        static LogCapture start() {
            LogCapture capture = new LogCapture();
            Logger.getLogger("").addHandler(capture);
            return capture;
        }

        void stop() {
            Logger.getLogger("").removeHandler(this);
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public synchronized void publish(LogRecord record) {
            text.append(formatter.format(record));
        }

        @Override
        public void flush() {
            // kept in memory
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
