/** Work recorded in the use case's transaction and done after the commit, with retries. */
package org.atelier.infrastructure.outbox;
