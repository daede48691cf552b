package vn.dondoc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

    @Test
    void everyFormulaOpeningGetsAnApostrophe() {
        for (String text : new String[] {"=1+1", "+A1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertEquals("'" + text, SpreadsheetCell.safe(text));
        }
    }

    @Test
    void ordinaryTextAndPlainNumbersAreLeftAlone() {
        for (String text : new String[] {"Bộ Tài chính", "a=b", "-5", "+7", "-12.5", "15/03/2025", "'đã có", ""}) {
            assertEquals(text, SpreadsheetCell.safe(text));
        }
        assertNull(SpreadsheetCell.safe(null));
    }
}
