package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TypedDateTest {

    @Test
    void dayComesBeforeMonthAsVietnameseWriteIt() {
        assertEquals(LocalDate.of(2026, 12, 1), TypedDate.parse("01/12/2026"));
        assertEquals(LocalDate.of(2026, 12, 1), TypedDate.parse(" 1/12/2026 "));
        assertEquals(LocalDate.of(2024, 9, 30), TypedDate.parse("30.09.2024"));
        assertEquals(LocalDate.of(2024, 9, 30), TypedDate.parse("30-09-2024"));
    }

    @Test
    void linksMayCarryIsoDates() {
        assertEquals(LocalDate.of(2024, 9, 30), TypedDate.parse("2024-09-30"));
    }

    @Test
    void anEmptyFieldIsNoDay() {
        assertNull(TypedDate.parse("  "));
        assertNull(TypedDate.parse(null));
    }

    @Test
    void impossibleDaysAreRefusedNotMovedToTheMonthEnd() {
        assertThrows(DateTimeParseException.class, () -> TypedDate.parse("31/02/2024"));
        assertThrows(DateTimeParseException.class, () -> TypedDate.parse("2024-02-30"));
        assertThrows(DateTimeParseException.class, () -> TypedDate.parse("12/31/2024"));
        assertThrows(DateTimeParseException.class, () -> TypedDate.parse("1/1/24"));
        assertThrows(DateTimeParseException.class, () -> TypedDate.parse("mai"));
    }

    @Test
    void aFieldShowsAReadableDayTheVietnameseWayAndAnythingElseAsTyped() {
        assertEquals("30/09/2024", TypedDate.shown("2024-09-30"));
        assertEquals("31/02/2024", TypedDate.shown(" 31/02/2024"));
        assertEquals("", TypedDate.shown(""));
    }
}
