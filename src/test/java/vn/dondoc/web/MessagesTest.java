package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every message exists in both languages: a key in a bundle interface has an English line, and back. */
class MessagesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.dondoc");

    /** Every bundle in the code, found by its annotation, so that a new one is checked without being listed. */
    static final List<Class<?>> BUNDLES = CLASSES.stream().filter(c -> c.isAnnotatedWith(MessageBundle.class))
            .<Class<?>>map(JavaClass::reflect).toList();

    @Test
    void everyMessageHasAnEnglishTextAndEveryEnglishTextAMessage() throws IOException {
        for (Class<?> bundle : BUNDLES) {
            String file = "/messages/" + Texts.namespace(bundle) + "_en.properties";
            Set<String> keys = Arrays.stream(bundle.getDeclaredMethods())
                    .filter(m -> !dispatchesOnAnEnum(m))
                    .map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> english = new TreeSet<>(english(file).stringPropertyNames());

            Set<String> missingInEnglish = new TreeSet<>(keys);
            missingInEnglish.removeAll(english);
            Set<String> unknownInEnglish = new TreeSet<>(english);
            unknownInEnglish.removeAll(keys);

            assertEquals(Set.of(), missingInEnglish, "messages of " + bundle.getSimpleName() + " without an English line in " + file);
            assertEquals(Set.of(), unknownInEnglish, "English lines in " + file + " without a message in " + bundle.getSimpleName());
        }
    }

    @Test
    void noKeyIsInTwoBundlesAndNoBundleOutgrowsQute() {
        Set<String> seen = new HashSet<>();
        for (Class<?> bundle : BUNDLES) {
            Method[] methods = bundle.getDeclaredMethods();
            assertTrue(methods.length <= 300, bundle.getSimpleName() + " has " + methods.length + " messages; Qute takes at most 300 in one bundle");
            for (Method method : methods) {
                assertTrue(seen.add(method.getName()), method.getName() + " is in two bundles");
            }
        }
    }

    @Test
    void everyKindOfDocumentTheReaderKnowsHasANameInBothLanguages() throws IOException {
        Properties english = english("/messages/directive_en.properties");
        Set<String> missing = new TreeSet<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/reader/document-kinds.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String key = vn.dondoc.directive.Directive.kindKey(line.split("\t")[0].strip());
                if (english.getProperty(key) == null || Arrays.stream(vn.dondoc.directive.DirectiveMessages.class.getDeclaredMethods())
                        .noneMatch(m -> m.getName().equals(key) && m.getAnnotation(Message.class) != null)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing, "kinds of document without a name in DirectiveMessages and directive_en.properties");
    }

    /** A message such as {@code status(Status)} only picks the {@code status_*} message of its value. */
    private static boolean dispatchesOnAnEnum(Method method) {
        Message message = method.getAnnotation(Message.class);
        return method.getParameterCount() == 1 && method.getParameterTypes()[0].isEnum() && message != null
                && message.value().startsWith("{#when");
    }

    private static Properties english(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
