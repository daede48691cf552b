package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every message exists in both languages: a key in the bundle interface has an English line, and back. */
class MessagesTest {

    @Test
    void everyMessageHasAnEnglishTextAndEveryEnglishTextAMessage() throws IOException {
        Set<String> keys = Arrays.stream(Messages.class.getDeclaredMethods())
                .filter(m -> !dispatchesOnAnEnum(m))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> english = new TreeSet<>(english().stringPropertyNames());

        Set<String> missingInEnglish = new TreeSet<>(keys);
        missingInEnglish.removeAll(english);
        Set<String> unknownInEnglish = new TreeSet<>(english);
        unknownInEnglish.removeAll(keys);

        assertEquals(Set.of(), missingInEnglish, "messages without an English line in msg_en.properties");
        assertEquals(Set.of(), unknownInEnglish, "English lines in msg_en.properties without a message in Messages");
    }

    /** A message such as {@code status(Status)} only picks the {@code status_*} message of its value. */
    private static boolean dispatchesOnAnEnum(Method method) {
        Message message = method.getAnnotation(Message.class);
        return method.getParameterCount() == 1 && method.getParameterTypes()[0].isEnum() && message != null
                && message.value().startsWith("{#when");
    }

    private static Properties english() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/msg_en.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
