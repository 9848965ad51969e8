/** Everything that runs on its own timer; each run claims its work in the database. */
package org.atelier.infrastructure.schedule;
