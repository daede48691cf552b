package vn.dondoc.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The header block of a printed report: the issuing body, and the place before the date line. */
@ApplicationScoped
public class ReportHeading {

    /** The issuing body; {@code ;} separates its lines. */
    @ConfigProperty(name = "dondoc.report.issuer", defaultValue = "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG")
    String issuer;
    @ConfigProperty(name = "dondoc.report.place", defaultValue = "Hà Nội")
    String place;

    List<String> issuerLines() {
        return ReportResource.lines(issuer);
    }

    /** "Hà Nội, ngày 05 tháng 02 năm 2025" in the reader's language. */
    String placeAndDate(ReportText text, LocalDate day) {
        return ProgressPage.placeAndDate(text, place, day);
    }
}
