package vn.dondoc.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, regular and bold, for the PDF documents (it has every Vietnamese letter; its licence allows shipping
 * it, see {@code fonts/LICENSE-DejaVu.txt}). The files are read once; each document embeds its own subset.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return base("DejaVuSans.ttf", REGULAR);
    }

    public static BaseFont bold() {
        return base("DejaVuSans-Bold.ttf", BOLD);
    }

    private static BaseFont base(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " could not be loaded", e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
