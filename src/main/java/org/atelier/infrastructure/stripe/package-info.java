/** Stripe through stripe-java: checkout, lookups, refunds and webhook events. */
package org.atelier.infrastructure.stripe;
