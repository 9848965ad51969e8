/** Workshops and their sessions with a fixed number of seats. */
package org.atelier.domain.model.workshop;
