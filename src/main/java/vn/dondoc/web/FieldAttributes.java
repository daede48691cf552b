package vn.dondoc.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * The attributes that tie a form control to its hint and error, as the field tag shows them:
 * {@code <textarea id="reason" name="reason"{field:aria('reason', true, errors.get('reason'))}>}.
 */
@TemplateExtension(namespace = "field")
public final class FieldAttributes {

    private FieldAttributes() {
    }

    /**
     * {@code aria-describedby="reason-hint reason-error" aria-invalid="true"}, or as much of it as applies.
     *
     * @param id the control's id (made of field names and numbers, never of typed text)
     * @param hint whether the field has a hint ({@code <id>-hint}): true, or a non-empty text
     * @param error the message key of the field's error, or null
     */
    static RawString aria(String id, Object hint, Object error) {
        boolean hinted = given(hint);
        boolean wrong = given(error);
        StringBuilder out = new StringBuilder();
        if (hinted || wrong) {
            out.append(" aria-describedby=\"").append(hinted ? id + "-hint" : "").append(hinted && wrong ? " " : "")
                    .append(wrong ? id + "-error" : "").append('"');
        }
        if (wrong) {
            out.append(" aria-invalid=\"true\"");
        }
        return new RawString(out.toString());
    }

    private static boolean given(Object value) {
        return value instanceof Boolean b ? b : value != null && !value.toString().isEmpty();
    }
}
