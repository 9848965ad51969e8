/** The visitor's pages: the catalogue, a workshop and its booking form, the booking's page, the sandbox checkout. */
package org.atelier.interfaces.web.book;
