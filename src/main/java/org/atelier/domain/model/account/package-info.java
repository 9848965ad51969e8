/** Accounts, their roles and their one-time tokens. */
package org.atelier.domain.model.account;
