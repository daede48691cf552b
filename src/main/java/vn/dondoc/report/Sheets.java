package vn.dondoc.report;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What the report's spreadsheets share: header styles, percentage format and RFC 4180 CSV, with text that looks like a
 * formula kept as text ({@link SpreadsheetCell}).
 */
final class Sheets {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Sheets() {
    }

    /** The styles of one workbook; {@code quoted} and {@code boldQuoted} keep a text cell text (quote prefix). */
    record Styles(CellStyle header, CellStyle bold, CellStyle percent, CellStyle boldPercent, CellStyle date, CellStyle quoted,
            CellStyle boldQuoted) {

        Styles(Workbook book) {
            this(style(book, true, null, false), style(book, true, null, false), style(book, false, "0.0%", false),
                    style(book, true, "0.0%", false), style(book, false, "dd/mm/yyyy", false), style(book, false, null, true),
                    style(book, true, null, true));
        }

        private static CellStyle style(Workbook book, boolean bold, String format, boolean quotePrefixed) {
            CellStyle style = book.createCellStyle();
            style.setQuotePrefixed(quotePrefixed);
            if (bold) {
                Font font = book.createFont();
                font.setBold(true);
                style.setFont(font);
            }
            if (format != null) {
                style.setDataFormat(book.createDataFormat().getFormat(format));
            }
            return style;
        }
    }

    static void header(Row row, List<String> titles, CellStyle style) {
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    /** One CSV line: every field quoted, quotes doubled, CRLF at the end (RFC 4180); no field runs as a formula. */
    static void csvRow(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i) == null ? "" : SpreadsheetCell.safe(fields.get(i));
            out.append('"').append(field.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    static byte[] withBom(byte[] content) {
        byte[] all = new byte[BOM.length + content.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(content, 0, all, BOM.length, content.length);
        return all;
    }

    static byte[] bom() {
        return BOM.clone();
    }
}
