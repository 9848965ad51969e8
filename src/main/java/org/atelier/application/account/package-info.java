/** Sign-up, sign-in and its throttle, e-mail verification, password resets and the first admin. */
package org.atelier.application.account;
