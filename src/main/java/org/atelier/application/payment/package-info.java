/** Checkout, the provider's events applied once, payment outcomes, reconciliation, disputes and the sandbox. */
package org.atelier.application.payment;
