package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every message exists in both languages: a key in a bundle interface has an English line, and back. */
class MessagesTest {

    /**
     * Quarkus 3.33 splits a bundle's generated resolver into chunks of 300 messages and calls the next chunk with
     * a wrong argument: a bundle beyond that fails at start with a VerifyError. Kept well below, with a clear message.
     */
    static final int MAX_MESSAGES_PER_BUNDLE = 280;

    @Test
    void everyMessageHasAnEnglishTextAndEveryEnglishTextAMessage() throws IOException {
        check(Messages.class, "/messages/msg_en.properties");
        check(TaskMessages.class, "/messages/tasks_en.properties");
    }

    @Test
    void noBundleIsTooBigForQuarkus() {
        for (Class<?> bundle : List.of(Messages.class, TaskMessages.class)) {
            int count = bundle.getDeclaredMethods().length;
            assertTrue(count <= MAX_MESSAGES_PER_BUNDLE, bundle.getSimpleName() + " has " + count
                    + " messages; Quarkus 3.33 fails to start beyond about 300 in one bundle: move a section to a bundle of its own");
        }
    }

    private static void check(Class<?> bundle, String englishFile) throws IOException {
        Set<String> keys = Arrays.stream(bundle.getDeclaredMethods())
                .filter(m -> !dispatchesOnAnEnum(m))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> english = new TreeSet<>(english(englishFile).stringPropertyNames());

        Set<String> missingInEnglish = new TreeSet<>(keys);
        missingInEnglish.removeAll(english);
        Set<String> unknownInEnglish = new TreeSet<>(english);
        unknownInEnglish.removeAll(keys);

        assertEquals(Set.of(), missingInEnglish, "messages without an English line in " + englishFile);
        assertEquals(Set.of(), unknownInEnglish, "English lines in " + englishFile + " without a message in " + bundle.getSimpleName());
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
