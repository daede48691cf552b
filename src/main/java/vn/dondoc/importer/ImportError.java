package vn.dondoc.importer;

import java.util.Locale;
import java.util.function.Function;
import vn.dondoc.web.Messages;

/** Why an import was refused. Each has a message in both languages ({@code import_error_<code>}). */
public enum ImportError {
    EMPTY(Messages::import_error_empty),
    TOO_LARGE(Messages::import_error_too_large),
    BINARY(Messages::import_error_binary),
    UNSUPPORTED_TYPE(Messages::import_error_unsupported_type),
    NO_TASKS(Messages::import_error_no_tasks),
    DUPLICATE(Messages::import_error_duplicate),
    BAD_DATE(Messages::import_error_bad_date),
    BAD_OFFSETS(Messages::import_error_bad_offsets),
    UNKNOWN_BODY(Messages::import_error_unknown_body),
    TASK_TOO_LONG(Messages::import_error_task_too_long),
    SPLIT_NOT_FOUND(Messages::import_error_split_not_found),
    NOTHING_TO_MERGE(Messages::import_error_nothing_to_merge);

    private final Function<Messages, String> text;

    ImportError(Function<Messages, String> text) {
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

    public String message(Messages messages) {
        return text.apply(messages);
    }
}
