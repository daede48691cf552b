package vn.dondoc.importer.reading;

import java.text.Normalizer;

/** Brings a text to the one form the reader and the stored directive share: NFC, {@code \n} line ends, no BOM. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
