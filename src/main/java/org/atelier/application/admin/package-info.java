/** The admin's use cases, each EJB {@code @RolesAllowed("ADMIN")}: bookings, catalogue, money, users, pricing. */
package org.atelier.application.admin;
