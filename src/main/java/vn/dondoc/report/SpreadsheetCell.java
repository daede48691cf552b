package vn.dondoc.report;

import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The one rule for text that goes into a spreadsheet: a cell that begins with {@code = + - @}, a tab or a carriage
 * return would be run as a formula by Excel or LibreOffice (a directive titled {@code =HYPERLINK(...)}), so such text
 * is written as plain text — with a leading apostrophe in CSV, with Excel's quote-prefix style in XLSX (the cell
 * shows the text unchanged and stays text when edited). A plain number such as {@code -5} is not a formula and is
 * left as it is.
 */
final class SpreadsheetCell {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private SpreadsheetCell() {
    }

    /** Whether a spreadsheet could take this text for a formula. */
    static boolean risky(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches();
    }

    /** The text of a CSV field: as it is, or behind an apostrophe when a spreadsheet would run it. */
    static String safe(String text) {
        return risky(text) ? "'" + text : text;
    }

    /**
     * Writes text into an XLSX cell: always a string cell, and quote-prefixed when it looks like a formula.
     *
     * @param quoted the cell's style with {@link CellStyle#setQuotePrefixed(boolean)}, used only when needed
     */
    static void text(Cell cell, String text, CellStyle quoted) {
        cell.setCellValue(text);
        if (risky(text)) {
            cell.setCellStyle(quoted);
        }
    }
}
