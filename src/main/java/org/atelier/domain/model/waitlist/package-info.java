/** Places in line for the seats of a full session, and what becomes of them. */
package org.atelier.domain.model.waitlist;
