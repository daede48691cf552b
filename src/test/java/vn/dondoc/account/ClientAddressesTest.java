package vn.dondoc.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final List<AddressRange> PROXIES = List.of(AddressRange.parse("10.0.0.0/8"), AddressRange.parse("192.0.2.7"));

    @Test
    void withoutATrustedProxyTheConnectionCounts() {
        assertEquals("198.51.100.4", ClientAddresses.of("198.51.100.4", List.of("203.0.113.9"), PROXIES));
        assertEquals("10.1.2.3", ClientAddresses.of("10.1.2.3", List.of(), PROXIES));
    }

    @Test
    void theRightMostAddressThatIsNoTrustedProxyIsTheClient() {
        assertEquals("203.0.113.9", ClientAddresses.of("10.1.2.3", List.of("1.1.1.1, 203.0.113.9"), PROXIES));
        assertEquals("203.0.113.9", ClientAddresses.of("10.1.2.3", List.of("1.1.1.1, 203.0.113.9, 192.0.2.7"), PROXIES));
        assertEquals("203.0.113.9", ClientAddresses.of("10.1.2.3", List.of("1.1.1.1", "203.0.113.9:51234, 10.9.9.9"), PROXIES));
        assertEquals("10.0.0.1", ClientAddresses.of("10.1.2.3", List.of("10.0.0.1, 10.0.0.2"), PROXIES));
        assertEquals("2001:db8:0:0:0:0:0:1", ClientAddresses.of("10.1.2.3", List.of("[2001:db8::1]:443"), PROXIES));
    }

    @Test
    void aGarbledHopEndsTheWalk() {
        assertEquals("10.1.2.3", ClientAddresses.of("10.1.2.3", List.of("unknown"), PROXIES));
        assertEquals("10.9.9.9", ClientAddresses.of("10.1.2.3", List.of("1.1.1.1, evil.example, 10.9.9.9"), PROXIES));
    }

    @Test
    void rangesMatchByTheirPrefix() {
        AddressRange range = AddressRange.parse("172.16.0.0/12");
        assertTrue(range.contains("172.31.255.255"));
        assertFalse(range.contains("172.32.0.1"));
        assertTrue(AddressRange.parse("2001:db8::/32").contains("2001:db8:ffff::1"));
        assertFalse(AddressRange.parse("2001:db8::/32").contains("10.0.0.1"));
        assertNull(AddressRange.parse("proxy.example.com"));
        assertNull(AddressRange.parse("10.0.0.0/33"));
        assertNull(AddressRange.parse("10.0.0.0/x"));
    }
}
