package vn.dondoc.body;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of a responsible body, in the order forms offer them and lists show them: the Party's own bodies first.
 * Stored, typed in forms and listed in {@code bodies.tsv} by its {@link #code} ("party-board").
 */
public enum BodyKind {
    /** Ban Đảng Trung ương. */
    PARTY_BOARD("party-board"),
    /** Văn phòng. */
    OFFICE("office"),
    /** Đảng ủy. */
    PARTY_COMMITTEE("party-committee"),
    /** Mặt trận, đoàn thể. */
    MASS_ORGANISATION("mass-organisation"),
    /** Bộ, ngành. */
    MINISTRY("ministry"),
    /** Cơ quan báo chí, thông tấn. */
    AGENCY("agency"),
    /** Địa phương (the provinces as a group). */
    PROVINCE_GROUP("province-group"),
    /** Khác: also every code the application does not know. */
    OTHER("other");

    /** The code as stored and as the body list writes it. */
    public final String code;

    BodyKind(String code) {
        this.code = code;
    }

    /** The kind with this code, if there is one. */
    public static Optional<BodyKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The kind with this code; {@link #OTHER} for a code it does not know, or none. */
    public static BodyKind ofCode(String code) {
        return byCode(code).orElse(OTHER);
    }

    /** Maps the column's codes ("party-board") to the kinds and back, so the stored values stay as they are. */
    @Converter
    public static class Column implements AttributeConverter<BodyKind, String> {

        @Override
        public String convertToDatabaseColumn(BodyKind kind) {
            return kind == null ? null : kind.code;
        }

        @Override
        public BodyKind convertToEntityAttribute(String code) {
            return code == null ? null : ofCode(code);
        }
    }
}
