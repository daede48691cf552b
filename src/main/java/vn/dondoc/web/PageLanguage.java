package vn.dondoc.web;

import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/**
 * The language a page speaks, "en" or "vi", as the message bundles choose it, and a bundle in that language: for
 * template extensions and code that write words outside the {@code {msg:...}} look-ups.
 */
public final class PageLanguage {

    private PageLanguage() {
    }

    /**
     * The language of a template: its {@code locale} attribute, else the locale of the variant that the request chose
     * (from its Accept-Language, which {@link LanguageFilter} sets), else Vietnamese. Pass the template attributes
     * {@code locale} and {@code selectedVariant}.
     */
    public static String of(Object locale, Object variant) {
        if (locale == null && variant instanceof Variant v) {
            locale = v.getLocale();
        }
        String language = locale instanceof Locale l ? l.getLanguage() : locale == null ? "vi" : locale.toString();
        return "en".equals(language) ? "en" : "vi";
    }

    /** The language of a locale: English, or else Vietnamese. */
    public static String of(Locale locale) {
        return of(locale, null);
    }

    /** The message bundle in the language ("en", else the default, Vietnamese). */
    public static <T> T bundle(Class<T> type, String language) {
        return "en".equals(language) ? MessageBundles.get(type, Localized.Literal.of("en")) : MessageBundles.get(type);
    }
}
