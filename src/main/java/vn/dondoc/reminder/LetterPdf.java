package vn.dondoc.reminder;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.dondoc.report.PdfFonts;

/** Reminder letters as an A4 PDF, laid out as {@link LetterDocx} lays them out; each letter starts a new page. */
final class LetterPdf {

    private static final float MM = 72f / 25.4f;

    private LetterPdf() {
    }

    static byte[] write(List<ReminderLetters.Letter> letters, ReminderLetters.Form form) {
        ReminderMessages w = ReminderLetters.words();
        BaseFont regular = PdfFonts.regular();
        BaseFont boldFace = PdfFonts.bold();
        Font normal = new Font(regular, 11f);
        Font italic = new Font(regular, 11f, Font.ITALIC);
        Font bold = new Font(boldFace, 11f);
        Font underlined = new Font(boldFace, 11f, Font.UNDERLINE);
        Font small = new Font(regular, 9.5f);
        Font smallBold = new Font(boldFace, 9.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(w.letter_subject());
            document.open();
            for (int n = 0; n < letters.size(); n++) {
                if (n > 0) {
                    document.newPage();
                }
                ReminderLetters.Letter letter = letters.get(n);
                PdfPTable header = new PdfPTable(2);
                header.setWidthPercentage(100);
                Paragraph left = new Paragraph();
                for (int i = 0; i < form.issuer().size(); i++) {
                    left.add(new Phrase(form.issuer().get(i) + "\n", i == form.issuer().size() - 1 ? bold : normal));
                }
                left.add(new Phrase("*\n" + form.number() + "\n", normal));
                left.add(new Phrase(w.letter_subject(), italic));
                header.addCell(plain(left));
                Paragraph right = new Paragraph();
                right.add(new Phrase(w.letter_party() + "\n\n", underlined));
                right.add(new Phrase(ReminderLetters.placeAndDate(form.place(), letter.day()), italic));
                header.addCell(plain(right));
                document.add(header);

                Paragraph to = new Paragraph();
                to.add(new Phrase(w.letter_to_label() + " ", normal));
                to.add(new Phrase(letter.bodyName(), bold));
                to.setAlignment(Element.ALIGN_CENTER);
                to.setSpacingBefore(16);
                document.add(to);
                document.add(body(w.letter_opening(form.issuerName(), letter.bodyName(), letter.items().size()), normal));

                PdfPTable tasks = new PdfPTable(new float[] {0.9f, 5f, 3f, 1.6f, 1.9f});
                tasks.setWidthPercentage(100);
                tasks.setHeaderRows(1);
                for (String head : ReminderLetters.headings()) {
                    tasks.addCell(cell(head, smallBold));
                }
                for (int r = 0; r < letter.items().size(); r++) {
                    for (String value : ReminderLetters.cells(letter.items().get(r), r + 1)) {
                        tasks.addCell(cell(value, small));
                    }
                }
                document.add(tasks);
                document.add(body(w.letter_closing(letter.bodyName(), form.issuerName()), normal));

                PdfPTable foot = new PdfPTable(2);
                foot.setWidthPercentage(100);
                Paragraph recipients = new Paragraph();
                recipients.add(new Phrase(w.letter_recipients() + "\n", new Font(boldFace, 10f, Font.ITALIC)));
                recipients.add(new Phrase(w.letter_recipient_as_above() + "\n" + w.letter_recipient_file(), small));
                PdfPCell recipientCell = new PdfPCell(recipients);
                recipientCell.setBorder(Rectangle.NO_BORDER);
                foot.addCell(recipientCell);
                Paragraph signature = new Paragraph();
                for (int i = 0; i < form.signature().size(); i++) {
                    signature.add(new Phrase(form.signature().get(i) + "\n", i < form.signature().size() - 1 ? bold : italic));
                }
                foot.addCell(plain(signature));
                foot.setSpacingBefore(12);
                document.add(foot);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The letter could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private static Paragraph body(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setSpacingBefore(10);
        p.setSpacingAfter(10);
        return p;
    }

    private static PdfPCell plain(Paragraph content) {
        content.setAlignment(Element.ALIGN_CENTER);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        return cell;
    }
}
