package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Every text exists in both languages: a key missing in one of them fails here, not in front of a user. */
class MessagesTest {

    private static Set<String> vietnameseKeys() {
        return Arrays.stream(Messages.class.getDeclaredMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties english() throws IOException {
        Properties english = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/msg_en.properties")) {
            assertNotNull(in, "messages/msg_en.properties");
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return english;
    }

    @Test
    void everyKeyHasAVietnameseText() {
        for (Method method : Messages.class.getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            assertNotNull(message, method.getName());
            assertFalse(message.value().isBlank(), method.getName());
        }
    }

    @Test
    void everyKeyHasAnEnglishTextAndNoEnglishTextLacksAKey() throws IOException {
        Properties english = english();
        Set<String> englishKeys = new TreeSet<>(english.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(vietnameseKeys());
        missingInEnglish.removeAll(englishKeys);
        Set<String> onlyInEnglish = new TreeSet<>(englishKeys);
        onlyInEnglish.removeAll(vietnameseKeys());
        assertEquals(Set.of(), missingInEnglish, "keys without English text");
        assertEquals(Set.of(), onlyInEnglish, "English texts without a key in Messages");
        englishKeys.forEach(key -> assertTrue(!english.getProperty(key).isBlank(), key));
    }
}
