/** The demo workspace: workshops, accounts, pricing rules and a year of bookings, loaded into an empty database. */
package org.atelier.application.demo;
