package vn.dondoc.reminder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Reminder letters as a Word document (editable before signing), in the layout of a party office's dispatch: the
 * issuing body and the number on the left, the party's name and the place and date on the right, the subject,
 * "Kính gửi", the tasks in a table, the closing, "Nơi nhận" and the signature block. Several letters follow one
 * another, each on a new page. Times New Roman 13 pt, as the rules for party documents ask.
 */
final class LetterDocx {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 13;

    private LetterDocx() {
    }

    static byte[] write(List<ReminderLetters.Letter> letters, ReminderLetters.Form form) {
        ReminderMessages w = ReminderLetters.words();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(w.letter_subject());
            for (int n = 0; n < letters.size(); n++) {
                letter(doc, letters.get(n), form, w, n > 0);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void letter(XWPFDocument doc, ReminderLetters.Letter letter, ReminderLetters.Form form, ReminderMessages w,
            boolean newPage) {
        XWPFTable header = doc.createTable(1, 2);
        noBorders(header);
        XWPFTableCell left = header.getRow(0).getCell(0);
        XWPFParagraph first = left.getParagraphs().get(0);
        if (newPage) {
            first.setPageBreak(true);
        }
        for (int i = 0; i < form.issuer().size(); i++) {
            XWPFParagraph p = i == 0 ? first : left.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, form.issuer().get(i), i == form.issuer().size() - 1 || form.issuer().size() == 1, false);
        }
        centred(left.addParagraph(), "*", false, false);
        centred(left.addParagraph(), form.number(), false, false);
        centred(left.addParagraph(), w.letter_subject(), false, true);
        XWPFTableCell right = header.getRow(0).getCell(1);
        XWPFParagraph party = right.getParagraphs().get(0);
        party.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun partyRun = run(party, w.letter_party(), true, false);
        partyRun.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = right.addParagraph();
        date.setAlignment(ParagraphAlignment.CENTER);
        date.setSpacingBefore(240);
        run(date, ReminderLetters.placeAndDate(form.place(), letter.day()), false, true);

        XWPFParagraph to = doc.createParagraph();
        to.setAlignment(ParagraphAlignment.CENTER);
        to.setSpacingBefore(360);
        run(to, w.letter_to_label() + " ", false, false);
        run(to, letter.bodyName(), true, false);

        paragraph(doc, w.letter_opening(form.issuerName(), letter.bodyName(), letter.items().size()));

        XWPFTable tasks = doc.createTable(letter.items().size() + 1, 5);
        List<String> heads = ReminderLetters.headings();
        for (int c = 0; c < heads.size(); c++) {
            cell(tasks.getRow(0).getCell(c), heads.get(c), true);
        }
        for (int r = 0; r < letter.items().size(); r++) {
            List<String> values = ReminderLetters.cells(letter.items().get(r), r + 1);
            for (int c = 0; c < values.size(); c++) {
                cell(tasks.getRow(r + 1).getCell(c), values.get(c), false);
            }
        }

        paragraph(doc, w.letter_closing(letter.bodyName(), form.issuerName()));

        XWPFTable foot = doc.createTable(1, 2);
        noBorders(foot);
        XWPFTableCell recipients = foot.getRow(0).getCell(0);
        XWPFParagraph label = recipients.getParagraphs().get(0);
        run(label, w.letter_recipients(), true, true).setFontSize(12);
        for (String line : List.of(w.letter_recipient_as_above(), w.letter_recipient_file())) {
            run(recipients.addParagraph(), line, false, false).setFontSize(11);
        }
        XWPFTableCell signature = foot.getRow(0).getCell(1);
        for (int i = 0; i < form.signature().size(); i++) {
            XWPFParagraph p = i == 0 ? signature.getParagraphs().get(0) : signature.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, form.signature().get(i), i < form.signature().size() - 1, i == form.signature().size() - 1);
        }
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBefore(200);
        p.setSpacingAfter(200);
        p.setIndentationFirstLine(567);
        run(p, text, false, false);
    }

    private static void centred(XWPFParagraph p, String text, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, italic);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(p, lines[i], bold, false);
            run.setFontSize(12);
            if (i < lines.length - 1) {
                run.addBreak(BreakType.TEXT_WRAPPING);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private static void noBorders(XWPFTable table) {
        table.setWidth("100%");
        table.removeBorders();
    }
}
