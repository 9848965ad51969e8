package org.atelier.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource. Its URL, user and password come from MicroProfile Config, so the
 * environment variables ATELIER_DB_URL, ATELIER_DB_USER and ATELIER_DB_PASSWORD set them and no
 * credential is baked into the war.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/atelier",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=atelier.db.url:jdbc:postgresql://localhost:5432/atelier}",
        user = "${MPCONFIG=atelier.db.user:atelier}",
        password = "${MPCONFIG=atelier.db.password:atelier}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // A connection is checked with a query at most every 30 s, not on every use: on a
                // busy page that check was a second round trip to the database per request.
                "fish.payara.validate-atmost-once-period-in-seconds=30",
                "ApplicationName=atelier"
        })
@ApplicationScoped
public class AtelierDataSource {
}
