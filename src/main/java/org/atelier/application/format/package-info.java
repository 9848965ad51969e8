/** How dates, money, CSV cells and calendar invites are written for people, spreadsheets and calendars. */
package org.atelier.application.format;
