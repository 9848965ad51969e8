/** The sandbox payment provider and the choice between it and Stripe. */
package org.atelier.infrastructure.payment;
