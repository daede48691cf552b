package vn.dondoc.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dondoc.task.ProgressCounts;

/**
 * The progress report's per-body table for spreadsheets: counts as numbers and shares as percentages in
 * Excel, with every overdue task on a second sheet, and the table's columns as CSV (UTF-8 with a byte order mark so that Excel reads the Vietnamese).
 */
final class ProgressSheets {

    private ProgressSheets() {
    }

    /** Rows of a sheet held in memory before they are written out (the overdue list may be long). */
    private static final int WINDOW = 200;

    /** The per-body table, and on a second sheet every overdue task of each body. */
    static byte[] xlsx(ProgressPage page) {
        ReportText text = page.text();
        ProgressReport report = page.report();
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        book.setCompressTempFiles(true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text.msg.report_progress_table_caption());
            Sheets.Styles styles = new Sheets.Styles(book);
            List<String> headers = headers(text);
            Sheets.header(sheet.createRow(0), headers, styles.header());
            int r = 1;
            for (ProgressReport.Line line : report.lines()) {
                fill(sheet.createRow(r++), line.name(), line.counts(), styles.percent(), null, styles.quoted());
            }
            fill(sheet.createRow(r), text.msg.report_progress_totals(), report.total(), styles.boldPercent(), styles.bold(),
                    styles.boldQuoted());
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(0, 50 * 256);
            for (int c = 1; c < headers.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            overdue(book.createSheet(text.msg.report_progress_overdue_title()), report, text, styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static void overdue(Sheet sheet, ProgressReport report, ReportText text, Sheets.Styles styles) {
        ReportMessages msg = text.msg;
        Sheets.header(sheet.createRow(0), List.of(msg.report_progress_body(), msg.report_progress_task(),
                msg.report_progress_directive(), msg.report_progress_deadline(), msg.report_progress_days_late(),
                msg.report_progress_status()), styles.header());
        int r = 1;
        for (ProgressReport.OverdueGroup group : report.overdue()) {
            for (ProgressReport.OverdueTask task : group.tasks()) {
                Row row = sheet.createRow(r++);
                SpreadsheetCell.text(row.createCell(0), group.bodyName(), styles.quoted());
                SpreadsheetCell.text(row.createCell(1), task.text(), styles.quoted());
                SpreadsheetCell.text(row.createCell(2), task.directiveTitle(), styles.quoted());
                Cell deadline = row.createCell(3);
                deadline.setCellValue(task.deadline());
                deadline.setCellStyle(styles.date());
                row.createCell(4).setCellValue(task.daysLate());
                row.createCell(5).setCellValue(text.status(task.status()));
            }
        }
        sheet.createFreezePane(0, 1);
        int[] widths = {40, 80, 50, 12, 12, 18};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    static byte[] csv(ProgressPage page) {
        ReportText text = page.text();
        ProgressReport report = page.report();
        StringBuilder csv = new StringBuilder();
        Sheets.csvRow(csv, headers(text));
        for (ProgressReport.Line line : report.lines()) {
            Sheets.csvRow(csv, values(line.name(), line.counts()));
        }
        Sheets.csvRow(csv, values(text.msg.report_progress_totals(), report.total()));
        return Sheets.withBom(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The body, the total, then each group's count and share, in the order of {@link ReportText#columns()}. */
    private static List<String> headers(ReportText text) {
        List<String> columns = text.columns();
        List<String> headers = new ArrayList<>(List.of(text.msg.report_progress_body(), columns.get(0)));
        for (String group : columns.subList(1, columns.size())) {
            headers.add(group);
            headers.add(text.msg.report_export_percent(group));
        }
        return headers;
    }

    private static long[] groups(ProgressCounts line) {
        return new long[] {line.onTime(), line.late(), line.reported(), line.within(), line.overdue(), line.notStarted()};
    }

    private static void fill(Row row, String name, ProgressCounts line, CellStyle percent, CellStyle bold, CellStyle quoted) {
        Cell first = row.createCell(0);
        Cell total = row.createCell(1);
        total.setCellValue(line.total());
        if (bold != null) {
            first.setCellStyle(bold);
            total.setCellStyle(bold);
        }
        SpreadsheetCell.text(first, name, quoted);
        int c = 2;
        for (long count : groups(line)) {
            Cell n = row.createCell(c++);
            n.setCellValue(count);
            if (bold != null) {
                n.setCellStyle(bold);
            }
            Cell share = row.createCell(c++);
            share.setCellValue(line.share(count) / 100);
            share.setCellStyle(percent);
        }
    }

    private static List<String> values(String name, ProgressCounts line) {
        List<String> values = new ArrayList<>(List.of(name, String.valueOf(line.total())));
        for (long count : groups(line)) {
            values.add(String.valueOf(count));
            values.add(String.format(java.util.Locale.ROOT, "%.1f", line.share(count)));
        }
        return values;
    }
}
