/** Values every part uses: money, bilingual text, plain text, the workspace's zone, business exceptions. */
package org.atelier.domain.model.shared;
