package vn.dondoc.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.task.ProgressCounts;

/**
 * The progress report as an A4 PDF, with DejaVu Sans embedded (it has every Vietnamese letter; its licence
 * allows shipping it, see {@code fonts/LICENSE-DejaVu.txt}). Same content as the printed page, less the chart.
 */
final class ProgressPdf {

    private static final float MM = 72f / 25.4f;
    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);
    /** Made once from fonts parsed once ({@link PdfFonts}): each document embeds the subset it uses. */
    private static final Fonts FONTS = new Fonts(PdfFonts.regular(), PdfFonts.bold());

    private ProgressPdf() {
    }

    static byte[] write(ProgressPage page) {
        ReportText text = page.text();
        ReportMessages msg = text.msg;
        ProgressReport report = page.report();
        Fonts f = FONTS;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 15 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(f.small));
            document.addTitle(msg.report_print_title());
            document.addCreator(text.shell.app_name());
            document.open();

            PdfPTable header = new PdfPTable(2);
            header.setWidthPercentage(100);
            Paragraph left = new Paragraph();
            for (int i = 0; i < page.issuer().size(); i++) {
                left.add(new Phrase(page.issuer().get(i) + "\n", i == 0 && page.issuer().size() > 1 ? f.normal : f.bold));
            }
            left.add(new Phrase("*", f.normal));
            header.addCell(plain(left));
            Paragraph right = new Paragraph();
            right.add(new Phrase(msg.report_print_party() + "\n", f.boldUnderlined));
            right.add(new Phrase("\n" + page.placeAndDate(), f.italic));
            header.addCell(plain(right));
            document.add(header);

            document.add(centered(msg.report_print_title(), f.title, 18));
            document.add(centered(msg.report_progress_asof_line(page.asOf()), f.italic, 4));
            Paragraph scope = new Paragraph(page.directiveTitle() == null ? msg.report_print_scope_all()
                    : msg.report_print_scope_directive(page.directiveTitle()), f.normal);
            if (page.scopeFrom() != null) {
                scope.add(new Phrase("\n" + msg.report_print_scope_from(page.scopeFrom()), f.normal));
            }
            if (page.scopeTo() != null) {
                scope.add(new Phrase("\n" + msg.report_print_scope_to(page.scopeTo()), f.normal));
            }
            if (report.merged()) {
                scope.add(new Phrase("\n" + msg.report_print_merged(), f.normal));
            }
            scope.setSpacingBefore(10);
            document.add(scope);

            Paragraph headline = new Paragraph();
            headline.setSpacingBefore(8);
            headline.add(new Phrase(msg.report_progress_headline() + ": ", f.bold));
            headline.add(new Phrase(text.percent(report.total().overdueShare()), f.figure));
            headline.add(new Phrase("  " + msg.report_progress_headline_of(report.total().overdue(), report.total().total()), f.normal));
            String trend = report.overdueTrend();
            if (trend != null) {
                String change = switch (trend) {
                    case "up" -> msg.report_progress_change_up(text.points(report.overdueChange()), page.compareDate());
                    case "down" -> msg.report_progress_change_down(text.points(report.overdueChange()), page.compareDate());
                    default -> msg.report_progress_change_same(page.compareDate());
                };
                headline.add(new Phrase("\n" + change, f.normal));
            }
            headline.setSpacingAfter(10);
            document.add(headline);

            if (report.empty()) {
                document.add(new Paragraph(msg.report_progress_empty(), f.normal));
            } else {
                document.add(bodyTable(report, text, f));
                Paragraph note = new Paragraph(msg.report_progress_count_note(), f.smallItalic);
                note.setSpacingBefore(4);
                document.add(note);
                overdue(document, report, text, f);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be written as PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable bodyTable(ProgressReport report, ReportText text, Fonts f) throws DocumentException {
        ReportMessages msg = text.msg;
        PdfPTable table = new PdfPTable(new float[] {28, 9, 11, 11, 11, 11, 11, 11});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        List<String> titles = new ArrayList<>(List.of(msg.report_progress_body()));
        titles.addAll(text.columns());
        for (String title : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(title, f.smallBold));
            cell.setBackgroundColor(HEAD);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setPadding(3);
            table.addCell(cell);
        }
        for (ProgressReport.Line line : report.lines()) {
            String name = line.mergedNames().isEmpty() ? line.name()
                    : line.name() + "\n(" + msg.report_progress_merged_from(line.mergedText()) + ")";
            row(table, name, line.counts(), text, f.small);
        }
        row(table, msg.report_progress_totals(), report.total(), text, f.smallBold);
        return table;
    }

    private static void row(PdfPTable table, String name, ProgressCounts line, ReportText text, Font font) {
        PdfPCell first = new PdfPCell(new Phrase(name, font));
        first.setPadding(3);
        table.addCell(first);
        table.addCell(number(String.valueOf(line.total()), font));
        for (long count : new long[] {line.onTime(), line.late(), line.reported(), line.within(), line.overdue(), line.notStarted()}) {
            table.addCell(number(count + "\n" + text.percent(line.share(count)), font));
        }
    }

    private static void overdue(Document document, ProgressReport report, ReportText text, Fonts f) throws DocumentException {
        ReportMessages msg = text.msg;
        document.newPage();
        document.add(new Paragraph(msg.report_progress_overdue_title(), f.heading));
        if (report.overdue().isEmpty()) {
            document.add(new Paragraph(msg.report_progress_overdue_none(), f.normal));
        }
        boolean first = true;
        for (ProgressReport.OverdueGroup group : report.overdue()) {
            if (!first) {
                document.newPage();
            }
            first = false;
            Paragraph title = new Paragraph(msg.report_progress_body_overdue(group.bodyName(), group.count()), f.bold);
            title.setSpacingBefore(8);
            title.setSpacingAfter(6);
            document.add(title);
            PdfPTable table = new PdfPTable(new float[] {58, 14, 12, 16});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String head : new String[] {msg.report_progress_task(), msg.report_progress_deadline(),
                    msg.report_progress_days_late(), msg.report_progress_status()}) {
                PdfPCell cell = new PdfPCell(new Phrase(head, f.smallBold));
                cell.setBackgroundColor(HEAD);
                cell.setPadding(3);
                table.addCell(cell);
            }
            for (ProgressReport.OverdueTask task : group.tasks()) {
                Paragraph words = new Paragraph(task.text(), f.small);
                words.add(new Phrase("\n" + task.directiveTitle(), f.smallItalic));
                PdfPCell cell = new PdfPCell(words);
                cell.setPadding(3);
                table.addCell(cell);
                PdfPCell deadline = new PdfPCell(new Phrase(text.date(task.deadline()), f.small));
                deadline.setPadding(3);
                table.addCell(deadline);
                table.addCell(number(String.valueOf(task.daysLate()), f.small));
                PdfPCell status = new PdfPCell(new Phrase(text.status(task.status()), f.small));
                status.setPadding(3);
                table.addCell(status);
            }
            document.add(table);
            if (group.more() > 0) {
                document.add(new Paragraph(msg.report_progress_more(group.more()), f.smallItalic));
            }
        }
    }

    private static PdfPCell plain(Paragraph content) {
        content.setAlignment(Element.ALIGN_CENTER);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static PdfPCell number(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph centered(String words, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(words, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    /** The report's fonts, never changed once made: each document embeds the subset it uses. */
    private static final class Fonts {
        final Font normal;
        final Font italic;
        final Font bold;
        final Font boldUnderlined;
        final Font title;
        final Font heading;
        final Font figure;
        final Font small;
        final Font smallBold;
        final Font smallItalic;

        Fonts(BaseFont regular, BaseFont bold) {
            normal = new Font(regular, 10.5f);
            italic = new Font(regular, 10.5f, Font.ITALIC);
            this.bold = new Font(bold, 10.5f);
            boldUnderlined = new Font(bold, 10.5f, Font.UNDERLINE);
            title = new Font(bold, 13f);
            heading = new Font(bold, 12f);
            figure = new Font(bold, 16f);
            small = new Font(regular, 8.5f);
            smallBold = new Font(bold, 8.5f);
            smallItalic = new Font(regular, 8f, Font.ITALIC);
        }
    }

    /** Page numbers at the foot of each page, centred. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(String.valueOf(writer.getPageNumber()), font), page.getWidth() / 2, 10 * MM, 0);
        }
    }
}
