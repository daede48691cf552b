package vn.dondoc.task;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.dondoc.body.BodyMessages;
import vn.dondoc.web.PageLanguage;

/**
 * The word for a task's status, progress, role or kind of deadline in the page's language, {@code {status.word}}:
 * read once per language from the {@code status_*}, {@code progress_*}, {@code task_role_*} and
 * {@code deadline_kind_*} messages, so that a list of rows looks each word up in a map instead of rendering a
 * message per row.
 */
public final class ValueWords {

    /** The words by language ("vi", "en"): the messages are fixed for the life of the application. */
    private static final Map<String, Words> BY_LANGUAGE = new ConcurrentHashMap<>();

    private ValueWords() {
    }

    @TemplateExtension
    static String word(Status status, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return of(PageLanguage.of(locale, variant)).statuses.get(status);
    }

    @TemplateExtension
    static String word(Progress progress, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return of(PageLanguage.of(locale, variant)).progresses.get(progress);
    }

    @TemplateExtension
    static String word(Role role, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return of(PageLanguage.of(locale, variant)).roles.get(role);
    }

    @TemplateExtension
    static String word(DeadlineKind kind, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return of(PageLanguage.of(locale, variant)).kinds.get(kind);
    }

    /** The word for the status in the language of the locale (Vietnamese unless English). */
    public static String word(Status status, Locale locale) {
        return of(PageLanguage.of(locale)).statuses.get(status);
    }

    /** The word for the progress in the language of the locale (Vietnamese unless English). */
    public static String word(Progress progress, Locale locale) {
        return of(PageLanguage.of(locale)).progresses.get(progress);
    }

    /** The word for the role in the language of the locale (Vietnamese unless English). */
    public static String word(Role role, Locale locale) {
        return of(PageLanguage.of(locale)).roles.get(role);
    }

    /** The words of a language, "en" or "vi" ({@link PageLanguage}). */
    private static Words of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, Words::read);
    }

    private record Words(Map<Status, String> statuses, Map<Progress, String> progresses, Map<Role, String> roles,
            Map<DeadlineKind, String> kinds) {

        static Words read(String language) {
            TaskMessages task = PageLanguage.bundle(TaskMessages.class, language);
            BodyMessages body = PageLanguage.bundle(BodyMessages.class, language);
            return new Words(words(Status.class, s -> switch (s) {
                case NOT_STARTED -> task.status_NOT_STARTED();
                case IN_PROGRESS -> task.status_IN_PROGRESS();
                case REPORTED -> task.status_REPORTED();
                case DONE -> task.status_DONE();
            }), words(Progress.class, p -> switch (p) {
                case WITHIN_DEADLINE -> task.progress_WITHIN_DEADLINE();
                case OVERDUE -> task.progress_OVERDUE();
                case DONE_ON_TIME -> task.progress_DONE_ON_TIME();
                case DONE_LATE -> task.progress_DONE_LATE();
                case REPORTED -> task.progress_REPORTED();
            }), words(Role.class, r -> switch (r) {
                case LEAD -> body.task_role_LEAD();
                case SUPPORT -> body.task_role_SUPPORT();
            }), words(DeadlineKind.class, k -> switch (k) {
                case DATE -> task.deadline_kind_DATE();
                case RECURRING -> task.deadline_kind_RECURRING();
                case ONGOING -> task.deadline_kind_ONGOING();
                case URGENT -> task.deadline_kind_URGENT();
                case NONE -> task.deadline_kind_NONE();
            }));
        }

        private static <E extends Enum<E>> Map<E, String> words(Class<E> type, Function<E, String> word) {
            Map<E, String> words = new EnumMap<>(type);
            for (E value : type.getEnumConstants()) {
                words.put(value, word.apply(value));
            }
            return words;
        }
    }
}
