/** What the application needs from outside, implemented in infrastructure: after-commit work, audit, mails, secrets. */
package org.atelier.application.port;
