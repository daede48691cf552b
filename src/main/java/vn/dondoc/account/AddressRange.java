package vn.dondoc.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 address or range ({@code 10.0.0.0/8}, {@code 2001:db8::/32}). Only literals: nothing is looked up. */
record AddressRange(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");
    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9a-fA-F:.]+)\\](?::\\d{1,5})?");

    /** {@code address} or {@code address/prefix}; null when it is neither. */
    static AddressRange parse(String text) {
        int slash = text.indexOf('/');
        byte[] bytes = bytes(slash < 0 ? text : text.substring(0, slash));
        if (bytes == null) {
            return null;
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                return null;
            }
        }
        return new AddressRange(bytes, prefix);
    }

    /** The address as a forwarding header writes it ({@code 203.0.113.7}, {@code 203.0.113.7:4711}, {@code [2001:db8::1]:443}), in its usual form; null when it is not one. */
    static String literal(String text) {
        Matcher withPort = IPV4_WITH_PORT.matcher(text);
        Matcher bracketed = BRACKETED.matcher(text);
        String bare = withPort.matches() ? withPort.group(1) : bracketed.matches() ? bracketed.group(1) : text;
        InetAddress address = address(bare);
        return address == null ? null : address.getHostAddress();
    }

    boolean contains(String address) {
        byte[] candidate = bytes(address);
        if (candidate == null || candidate.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }

    private static byte[] bytes(String text) {
        InetAddress address = address(text);
        return address == null ? null : address.getAddress();
    }

    /** Parses a literal only: a host name is refused before {@link InetAddress} could look it up. */
    private static InetAddress address(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
    }
}
