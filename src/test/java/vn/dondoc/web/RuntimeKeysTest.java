package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveKinds;
import vn.dondoc.importer.ImportError;
import vn.dondoc.task.DeadlineKind;
import vn.dondoc.task.Task;
import vn.dondoc.task.TaskEdit;

/**
 * Message keys that the code builds at run time ({@code "import_error_" + code}) name a message in both languages:
 * each is produced here by the code that builds it, for every value it can be built from, and looked up as the
 * templates look it up ({@code {text:of(key)}}), which answers the key itself when no bundle holds it. And every
 * message picked by an enum value ({@code {body:bodies_kind(body.kind)}}, a {@code {#when}} over the constants)
 * has a word for each constant in both languages: a constant that the {@code {#when}} forgets gives nothing.
 */
@QuarkusTest
class RuntimeKeysTest {

    private static List<String> builtKeys() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(ImportError.values()).map(ImportError::key).forEach(keys::add);
        DirectiveKinds.CODES.stream().map(Directive::kindKey).forEach(keys::add);
        AuditEntry.NAMED_TYPES.stream().map(AuditEntry::typeKey).forEach(keys::add);
        for (String action : AuditEntry.NAMED_ACTIONS) {
            AuditEntry entry = new AuditEntry();
            entry.action = action;
            keys.add(entry.actionKey());
        }
        TaskEdit.FIELDS.stream().filter(f -> !f.equals("owners"))
                .map(f -> new TaskEdit.Change(f, "", "", false).labelKey()).forEach(keys::add);
        for (String action : List.of("update", "remove", "restore")) {
            AuditEntry entry = new AuditEntry();
            entry.entityType = Task.AUDIT_TYPE;
            entry.action = action;
            keys.add(new TaskEdit(entry, List.of(), List.of()).actionKey());
        }
        Arrays.stream(DeadlineKind.values()).map(k -> "deadline_kind_" + k.name()).forEach(keys::add);
        return keys;
    }

    @Test
    void everyBundleIsKnownToTheLookUpOfKeysAtRunTime() {
        Set<String> known = Texts.bundles().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = MessagesTest.BUNDLES.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, known, "bundles in the code that the run-time look-up of keys does not know, or the other way");
    }

    @Test
    void everyMessagePickedByAnEnumHasAWordForEachValueInBothLanguages() throws ReflectiveOperationException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Class<?> bundle : Texts.bundles()) {
            for (Method method : bundle.getDeclaredMethods()) {
                Message message = method.getAnnotation(Message.class);
                if (method.getParameterCount() != 1 || !method.getParameterTypes()[0].isEnum() || message == null
                        || !message.value().startsWith("{#when")) {
                    continue;
                }
                for (Object value : method.getParameterTypes()[0].getEnumConstants()) {
                    for (String language : List.of("vi", "en")) {
                        Object messages = "en".equals(language) ? MessageBundles.get(bundle, Localized.Literal.of("en")) : MessageBundles.get(bundle);
                        String text = (String) method.invoke(messages, value);
                        checked++;
                        if (text == null || text.isBlank()) {
                            missing.add(language + ":" + method.getName() + "(" + value + ")");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 0, "no message picked by an enum was found");
        assertEquals(List.of(), missing, "of " + checked + " words picked by an enum value");
    }

    @Test
    void everyKeyBuiltAtRunTimeHasAMessageInBothLanguages() {
        List<String> keys = builtKeys();
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (String language : List.of("vi", "en")) {
                String text = Texts.lookup(key, language);
                if (text == null || text.isBlank() || text.equals(key)) {
                    missing.add(language + ":" + key);
                }
            }
        }
        assertEquals(List.of(), missing, "of " + keys.size() + " keys built at run time");
    }
}
