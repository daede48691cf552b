package vn.dondoc.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Where a form may send the user back to: only paths of this application, never another site. */
public final class Redirects {

    private Redirects() {
    }

    /** The target if it is a path of this application that a Location header can carry, otherwise the home page. */
    public static String localPath(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.contains("\n") || target.contains("\r") || !parses(target)) {
            return "/";
        }
        return target;
    }

    /** A space or a stray % (typed, or from a hand-made request) would make the redirect itself fail. */
    private static boolean parses(String target) {
        try {
            URI uri = new URI(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
