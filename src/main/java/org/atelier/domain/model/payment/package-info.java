/** Payments, refunds and disputes, and the providers' capabilities: checkout, lookup, refunds, events. */
package org.atelier.domain.model.payment;
