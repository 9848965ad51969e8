package org.atelier.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A JDBC connection to this run's test database, for checking what the application wrote. */
public final class TestDb {

    private TestDb() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty(TestDatabase.URL),
                System.getProperty(TestDatabase.USER), System.getProperty(TestDatabase.PASSWORD));
    }
}
