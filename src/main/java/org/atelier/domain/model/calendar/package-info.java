/** A host's calendar connection and its sealed token. */
package org.atelier.domain.model.calendar;
