/** What every request meets first: the request guard, client addresses and rate limits. */
package org.atelier.interfaces.http;
