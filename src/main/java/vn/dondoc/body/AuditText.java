package vn.dondoc.body;

import java.util.StringJoiner;

/** How a body reads in the audit trail: one "field: value" line per fact. */
public final class AuditText {

    private AuditText() {
    }

    public static String of(ResponsibleBody body) {
        return new StringJoiner("\n")
                .add("code: " + body.code)
                .add("name: " + body.name)
                .add("nameEn: " + orEmpty(body.nameEn))
                .add("kind: " + (body.kind == null ? null : body.kind.code))
                .add("aliases: " + orEmpty(body.aliases))
                .add("areas: " + orEmpty(body.areas))
                .add("validFrom: " + orEmpty(body.validFrom))
                .add("validUntil: " + orEmpty(body.validUntil))
                .add("successorCode: " + orEmpty(body.successorCode))
                .toString();
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
