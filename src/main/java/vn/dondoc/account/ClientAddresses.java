package vn.dondoc.account;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The address a request comes from, for the login delays. {@code X-Forwarded-For} is believed only when the
 * connection comes from one of {@code dondoc.http.trusted-proxies}; the client is then the right-most address in
 * it that is not itself a trusted proxy (whatever stands left of it the client could have written). Otherwise, or
 * when the header is missing or garbled, the address is that of the connection.
 */
@ApplicationScoped
class ClientAddresses {

    private static final Logger LOG = Logger.getLogger(ClientAddresses.class);
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private volatile List<AddressRange> trusted;

    @Inject
    ClientAddresses(@ConfigProperty(name = "dondoc.http.trusted-proxies") Optional<List<String>> trustedProxies) {
        setTrustedProxies(trustedProxies.orElse(List.of()));
    }

    /** Replaces the trusted proxies (tests). */
    void setTrustedProxies(List<String> proxies) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String proxy : proxies) {
            AddressRange range = AddressRange.parse(proxy.strip());
            if (range == null) {
                LOG.errorf("dondoc.http.trusted-proxies: '%s' is not an address or a range such as 10.0.0.0/8; it is ignored.", proxy);
            } else {
                ranges.add(range);
            }
        }
        trusted = List.copyOf(ranges);
    }

    /** The client's address for this request, or null when the connection has none. */
    String of(RoutingContext routing) {
        SocketAddress socket = routing.request().remoteAddress();
        if (socket == null || socket.host() == null) {
            return null;
        }
        return of(socket.host(), routing.request().headers().getAll(FORWARDED_FOR), trusted);
    }

    static String of(String socket, List<String> forwardedFor, List<AddressRange> trusted) {
        if (!isTrusted(socket, trusted) || forwardedFor.isEmpty()) {
            return socket;
        }
        List<String> hops = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(","))).map(String::strip).toList();
        String client = socket;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = AddressRange.literal(hops.get(i));
            if (hop == null) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return client;
    }

    private static boolean isTrusted(String address, List<AddressRange> trusted) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }
}
