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

class MessagesTest {

    @Test
    void everyMessageExistsInBothLanguages() throws IOException {
        Set<String> vietnamese = Arrays.stream(Messages.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/msg_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> onlyVietnamese = new TreeSet<>(vietnamese);
        onlyVietnamese.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(vietnamese);
        assertEquals(Set.of(), onlyVietnamese, "keys without English");
        assertEquals(Set.of(), onlyEnglish, "English keys without a Vietnamese message");
    }
}
