/** Jakarta Security: the identity store, the sign-in mechanism, password hashing, the first admin's link. */
package org.atelier.infrastructure.security;
