/** What every page shares: language, formats, messages, the signed-in account, stateless views, friendly addresses. */
package org.atelier.interfaces.web;
