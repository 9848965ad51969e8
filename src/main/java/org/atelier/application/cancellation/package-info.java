/** The one way a booking is cancelled, whoever asks: seats back, refund, mails, calendar, audit. */
package org.atelier.application.cancellation;
