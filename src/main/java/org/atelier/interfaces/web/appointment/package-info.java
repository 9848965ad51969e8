/** The studio pages: the services on offer, and a service's free times with the form that books one. */
package org.atelier.interfaces.web.appointment;
