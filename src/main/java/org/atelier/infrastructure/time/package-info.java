/** The clock and the workspace's time zone, produced from configuration. */
package org.atelier.infrastructure.time;
