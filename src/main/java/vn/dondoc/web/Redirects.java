package vn.dondoc.web;

/** Where a form may send the user back to: only paths of this application, never another site. */
public final class Redirects {

    private Redirects() {
    }

    public static String localPath(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.contains("\n") || target.contains("\r")) {
            return "/";
        }
        return target;
    }
}
