/** What the admin pages read, as ports implemented by SQL in persistence: search, timeline, figures, lists. */
package org.atelier.application.admin.read;
