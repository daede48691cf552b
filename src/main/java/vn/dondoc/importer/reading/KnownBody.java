package vn.dondoc.importer.reading;

import java.time.LocalDate;
import java.util.List;

/**
 * A responsible body as the reader knows it: names to recognise in the text and areas of work to infer
 * owners from. Plain data, so that the reader runs without a database.
 */
public record KnownBody(String code, String name, String nameEn, String kind, List<String> aliases, List<String> areas,
        LocalDate validFrom, LocalDate validUntil, String successorCode) {

    public KnownBody {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** Whether the body existed under this name on the given day (or at all, when the day is unknown). */
    public boolean existedOn(LocalDate day) {
        return day == null || (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || day.isBefore(validUntil));
    }
}
