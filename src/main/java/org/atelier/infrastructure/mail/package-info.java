/** Mails and their calendar invites, composed in the buyer's language and sent over SMTP. */
package org.atelier.infrastructure.mail;
