/** JAX-RS: the API v1, the Stripe webhook, the Google callback and the health check. */
package org.atelier.interfaces.rest;
