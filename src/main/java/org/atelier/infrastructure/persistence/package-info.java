/** The datasource, Flyway at start-up, JPA repositories and the SQL read models. */
package org.atelier.infrastructure.persistence;
