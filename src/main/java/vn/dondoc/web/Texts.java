package vn.dondoc.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundle;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Looks a message up by a key known only at run time (a form error, a flash message, a status word), in
 * whichever feature's bundle holds it: {@code {text:of(error.key)}}.
 */
@TemplateExtension(namespace = "text")
public final class Texts {

    /** The bundles, once known: the same for the life of the application. */
    private static volatile List<Class<?>> bundles;
    /** Every message of the bundles by its key and number of parameters ("status_flash/1"), once known. */
    private static volatile Map<String, Message> messages;

    /** A message method and the bundle it belongs to. */
    private record Message(Class<?> bundle, Method method) {
    }

    private Texts() {
    }

    static String of(String key, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        return lookup(key, PageLanguage.of(locale, variant));
    }

    /** A message with numbers ({@code bulk_flash_saved(7)}), such as a flash message's: {@code {text:with(key, numbers)}}. */
    static String with(String key, List<Long> numbers, @TemplateExtension.TemplateAttribute("locale") Object locale,
            @TemplateExtension.TemplateAttribute("selectedVariant") Object variant) {
        return lookup(key, PageLanguage.of(locale, variant), numbers);
    }

    /** The message with this key in the given language ("vi" or "en"); the key itself when there is none. */
    public static String lookup(String key, String language) {
        return lookup(key, language, List.of());
    }

    /** The message with this key and as many number parameters as there are numbers; the key itself when there is none. */
    public static String lookup(String key, String language, List<Long> numbers) {
        if (key == null) {
            return "";
        }
        Message found = messages().get(key + "/" + numbers.size());
        if (found != null) {
            Class<?> bundle = found.bundle();
            Method method = found.method();
            Object messages = PageLanguage.bundle(bundle, language);
            Object[] args = new Object[numbers.size()];
            for (int i = 0; i < args.length; i++) {
                Class<?> type = method.getParameterTypes()[i];
                args[i] = type == int.class || type == Integer.class ? (Object) numbers.get(i).intValue() : numbers.get(i);
            }
            try {
                return (String) method.invoke(messages, args);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("message " + key, e);
            }
        }
        return key;
    }

    /**
     * Every message bundle of the application, each with its own namespace: the shell's first, then the features',
     * found among the container's beans by their {@code @MessageBundle} interface, so that no feature lists its own.
     */
    public static List<Class<?>> bundles() {
        List<Class<?>> known = bundles;
        if (known == null) {
            Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getName));
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                for (Type type : bean.getTypes()) {
                    if (type instanceof Class<?> c && c.isInterface() && c.isAnnotationPresent(MessageBundle.class) && c != Messages.class) {
                        found.add(c);
                    }
                }
            }
            List<Class<?>> all = new ArrayList<>(List.of(Messages.class));
            all.addAll(found);
            known = List.copyOf(all);
            bundles = known;
        }
        return known;
    }

    private static Map<String, Message> messages() {
        Map<String, Message> known = messages;
        if (known == null) {
            Map<String, Message> all = new HashMap<>();
            for (Class<?> bundle : bundles()) {
                for (Method method : bundle.getMethods()) {
                    all.putIfAbsent(method.getName() + "/" + method.getParameterCount(), new Message(bundle, method));
                }
            }
            known = Map.copyOf(all);
            messages = known;
        }
        return known;
    }

    /** The namespace of a bundle, as templates write it. */
    public static String namespace(Class<?> bundle) {
        return bundle.getAnnotation(MessageBundle.class).value();
    }
}
