package vn.dondoc.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Who did something, as pages name them: user names as they are, and the application's own work (the demo
 * import at first start) in the page's language: {@code {entry.actor.actorName}}.
 */
@TemplateExtension
public final class Actors {

    /** The actor of what the application does by itself. */
    public static final String SYSTEM = "system";

    private Actors() {
    }

    static String actorName(String actor, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        if (!SYSTEM.equals(actor)) {
            return actor == null ? "" : actor;
        }
        return Texts.lookup("actor_system", PageLanguage.of(locale, variant));
    }
}
