package vn.dondoc.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, regular and bold, for the PDF documents (it has every Vietnamese letter; its licence allows shipping
 * it, see {@code fonts/LICENSE-DejaVu.txt}). Parsed once: a BaseFont holds only the font file's tables, read-only;
 * each document keeps the glyphs it uses (its PdfWriter's font details) and writes its own subset, so one BaseFont
 * serves every document and thread.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = base("DejaVuSans.ttf", font("fonts/DejaVuSans.ttf"));
    private static final BaseFont BOLD = base("DejaVuSans-Bold.ttf", font("fonts/DejaVuSans-Bold.ttf"));

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return REGULAR;
    }

    public static BaseFont bold() {
        return BOLD;
    }

    private static BaseFont base(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " could not be loaded", e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
