/** Pages of an account: sign-up, sign-in, verification, password reset and {@code /account}. */
package org.atelier.interfaces.web.account;
