/** What {@code /book} and a workshop's page offer: workshops, sessions, seats left and prices. */
package org.atelier.application.catalogue;
