/** Pages behind {@code /admin}. */
package org.atelier.interfaces.web.admin;
