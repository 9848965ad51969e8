/** Bookings, their states and transitions, buyers and participants. */
package org.atelier.domain.model.booking;
