package org.atelier.interfaces.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network address a request came from. Behind a load balancer every request comes from the
 * balancer; its X-Forwarded-For is believed only when the request comes from an address named in
 * ATELIER_TRUSTED_PROXIES, and then the last address in it that is not itself a trusted proxy is
 * the client (anything before it could have been typed by the client).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "atelier.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> trusted;

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trusted().contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted().contains(hops.get(i))) {
                return hops.get(i).length() > 64 ? hops.get(i).substring(0, 64) : hops.get(i);
            }
        }
        return peer;
    }

    private Set<String> trusted() {
        if (trusted == null) {
            trusted = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                    .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
        }
        return trusted;
    }
}
