/** Pricing rules and the price list that applies them: a pure calculation. */
package org.atelier.domain.model.pricing;
