package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void yearsOutsideADirectivesReachAreRefusedHoweverWritten() {
        assertThrows(DateTimeParseException.class, () -> TypedDate.parse("01/01/1899"));
        assertThrows(DateTimeParseException.class, () -> TypedDate.parse("0001-01-01"));
        assertThrows(DateTimeParseException.class, () -> TypedDate.parse("3000-01-01"));
        assertEquals(LocalDate.of(1900, 1, 1), TypedDate.parse("1900-01-01"));
        FieldErrors errors = new FieldErrors();
        assertNull(TypedDate.readIso("0001-01-01", "deadline", "some_error_date", errors));
        assertEquals("some_error_date", errors.get("deadline"));
    }

    @Test
    void aFieldShowsAReadableDayTheVietnameseWayAndAnythingElseAsTyped() {
        assertEquals("30/09/2024", TypedDate.shown("2024-09-30"));
        assertEquals("31/02/2024", TypedDate.shown(" 31/02/2024"));
        assertEquals("", TypedDate.shown(""));
    }

    @Test
    void aFormFieldThatIsNoDayGetsItsErrorKeyAndAnEmptyOneNone() {
        FieldErrors errors = new FieldErrors();
        assertEquals(LocalDate.of(2024, 9, 30), TypedDate.read("30/09/2024", "from", "some_error_date", errors));
        assertNull(TypedDate.read(" ", "to", "some_error_date", errors));
        assertTrue(errors.isEmpty());
        assertNull(TypedDate.read("31/02/2024", "to", "some_error_date", errors));
        assertEquals("some_error_date", errors.get("to"));
    }

    @Test
    void theApiTakesIsoDaysOnly() {
        FieldErrors errors = new FieldErrors();
        assertEquals(LocalDate.of(2024, 9, 30), TypedDate.readIso("2024-09-30", "deadline", "some_error_date", errors));
        assertNull(TypedDate.readIso(null, "deadline", "some_error_date", errors));
        assertTrue(errors.isEmpty());
        assertNull(TypedDate.readIso("30/09/2024", "deadline", "some_error_date", errors));
        assertEquals("some_error_date", errors.get("deadline"));
    }

    @Test
    void aFilterPassesOverWhatIsNoDay() {
        assertEquals(LocalDate.of(2024, 9, 30), TypedDate.orNull("30/09/2024"));
        assertNull(TypedDate.orNull("mai"));
        assertNull(TypedDate.orNull(null));
    }
}
