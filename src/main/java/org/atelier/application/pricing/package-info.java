/** The live price list and the buyer as pricing sees them, read at the moment of asking. */
package org.atelier.application.pricing;
