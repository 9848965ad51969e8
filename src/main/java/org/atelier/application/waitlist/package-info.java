/** Joining and leaving a session's waitlist, and offering freed seats to it. */
package org.atelier.application.waitlist;
