/** The audit trail in the {@code audit_event} table. */
package org.atelier.infrastructure.audit;
