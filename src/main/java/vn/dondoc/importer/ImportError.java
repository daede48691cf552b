package vn.dondoc.importer;

import java.util.Locale;
import java.util.function.Function;

/** Why an import was refused. Each has a message in both languages ({@code import_error_<code>}). */
public enum ImportError {
    EMPTY(ImportMessages::import_error_empty),
    TOO_LARGE(ImportMessages::import_error_too_large),
    /** A file over a limit of its archive (parts, inflated size) or its nesting, read no further. */
    TOO_COMPLEX(ImportMessages::import_error_too_complex),
    BINARY(ImportMessages::import_error_binary),
    UNSUPPORTED_TYPE(ImportMessages::import_error_unsupported_type),
    NO_TASKS(ImportMessages::import_error_no_tasks),
    DUPLICATE(ImportMessages::import_error_duplicate),
    BAD_DATE(ImportMessages::import_error_bad_date),
    BAD_OFFSETS(ImportMessages::import_error_bad_offsets),
    UNKNOWN_BODY(ImportMessages::import_error_unknown_body),
    TWO_ROLES(ImportMessages::import_error_two_roles),
    TASK_TOO_LONG(ImportMessages::import_error_task_too_long),
    SPLIT_NOT_FOUND(ImportMessages::import_error_split_not_found),
    NOTHING_TO_MERGE(ImportMessages::import_error_nothing_to_merge);

    private final Function<ImportMessages, String> text;

    ImportError(Function<ImportMessages, String> text) {
        this.text = text;
    }

    /** The code the API answers with: {@code "too_large"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key, for templates: {@code {msg:message(error.key)}}. */
    public String key() {
        return "import_error_" + code();
    }

    public String message(ImportMessages messages) {
        return text.apply(messages);
    }
}
