/** One-to-one time with a host: planning profiles, a host's availability, and finding free slots. */
package org.atelier.domain.model.appointment;
