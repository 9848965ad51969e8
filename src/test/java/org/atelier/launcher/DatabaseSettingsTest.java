package org.atelier.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseSettingsTest {

    @Test
    void anUnreachableDatabaseIsOneLineThatNamesTheUrlSetting() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/atelier";
        Optional<String> problem = new DatabaseSettings(url, "atelier", "secret-password").problem();

        assertTrue(problem.isPresent());
        String line = problem.get();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.contains(url), line);
        assertTrue(line.endsWith("Fix ATELIER_DB_URL."), line);
        assertFalse(line.contains(".."), line);
        assertFalse(line.contains("secret-password"), "never print the password: " + line);
    }

    @Test
    void postgresErrorCodesPointAtTheSettingToFix() {
        assertEquals("ATELIER_DB_PASSWORD", DatabaseSettings.settingToFix("28P01"));
        assertEquals("ATELIER_DB_USER (or ATELIER_DB_PASSWORD)", DatabaseSettings.settingToFix("28000"));
        assertEquals("ATELIER_DB_URL", DatabaseSettings.settingToFix("3D000"));
        assertEquals("ATELIER_DB_URL", DatabaseSettings.settingToFix("08001"));
    }

    @Test
    void aServerUrlGetsTheDatabaseNameSwapped() {
        assertEquals("jdbc:postgresql://127.0.0.1:5432/atelier_test",
                PostgresServer.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "atelier_test"));
        assertEquals("jdbc:postgresql://db:5432/atelier?sslmode=require",
                PostgresServer.withDatabase("jdbc:postgresql://db:5432/postgres?sslmode=require", "atelier"));
        assertEquals("jdbc:postgresql://db/atelier", PostgresServer.withDatabase("jdbc:postgresql://db", "atelier"));
    }
}
