/** Loads the demo workspace at start-up when the catalogue is empty. */
package org.atelier.infrastructure.demo;
