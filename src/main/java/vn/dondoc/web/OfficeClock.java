package vn.dondoc.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The one clock of the application: deadlines, reports and letters fall on Vietnamese calendar days, and stamps shown
 * to people are Vietnamese wall time, whatever the server's own zone.
 */
public final class OfficeClock {

    /** The zone's name, for annotations and calendar feeds. */
    public static final String ZONE_NAME = "Asia/Ho_Chi_Minh";
    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

    private OfficeClock() {
    }

    /** Today in Việt Nam. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The wall time in Việt Nam now. */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
