/** Google Calendar: OAuth, events and busy times, through the real Google client. */
package org.atelier.infrastructure.google;
