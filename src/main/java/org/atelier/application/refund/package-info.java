/** Refund requests, reserved on their payment, sent after the commit, and their outcomes. */
package org.atelier.application.refund;
