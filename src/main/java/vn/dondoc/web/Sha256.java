package vn.dondoc.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text's UTF-8 bytes, in hexadecimal (directive fingerprints, stored token hashes) or raw (session-bound CSRF tokens), and of files. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(String text) {
        return HexFormat.of().formatHex(bytes(text));
    }

    public static byte[] bytes(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of any bytes in hexadecimal (an attachment's). */
    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }

    private static byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
