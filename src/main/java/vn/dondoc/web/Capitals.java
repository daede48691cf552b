package vn.dondoc.web;

import io.quarkus.qute.TemplateExtension;

/** A word that begins a label, from the word as a sentence writes it: {@code {task:task_role_LEAD.capitalized}}. */
@TemplateExtension
public final class Capitals {

    private Capitals() {
    }

    /** The text with its first letter as a capital ("chủ trì" → "Chủ trì"). */
    public static String capitalized(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
