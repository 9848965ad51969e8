/**
 * Studio time by appointment: the services visitors book by time with a host, the free start times
 * each visitor's planning profile allows, and holding one. An appointment is held, paid, cancelled
 * and refunded as any booking of a session: this journey only decides when, with whom, and that
 * the time is free.
 */
package org.atelier.application.appointment;
