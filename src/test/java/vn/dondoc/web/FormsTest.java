package vn.dondoc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A form object's constraints give its errors as message keys, in the order of its fields. */
public class FormsTest {

    /** A validator without Quarkus, its messages left as they are (message keys). */
    public static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static class Form {
        @Size(max = 3, message = "too_long_a")
        String a;
        @NotNull(message = "missing_b")
        @Size(max = 3, message = "too_long_b")
        String b;
        @NotNull(message = "missing_c")
        String c;
    }

    @Test
    void errorsComeInTheOrderOfTheFieldsWithTheirMessageKeys() {
        Form form = new Form();
        form.a = "abcd";
        form.b = null;
        FieldErrors errors = Forms.check(VALIDATOR, form);
        assertEquals(List.of(new FieldErrors.Entry("a", "too_long_a"), new FieldErrors.Entry("b", "missing_b"),
                new FieldErrors.Entry("c", "missing_c")), errors.getAll());
    }

    @Test
    void aFieldThatPassesHasNoError() {
        Form form = new Form();
        form.b = "ab";
        form.c = "x";
        assertEquals(List.of(), Forms.check(VALIDATOR, form).getAll());
    }

    @Test
    void errorsAddedAfterTheConstraintsGoBackInTheOrderOfTheFields() {
        FieldErrors errors = new FieldErrors().put("c", "missing_c").put("a", "too_long_a");
        assertEquals(List.of("a", "c"), Forms.inFieldOrder(errors, Form.class).getAll().stream().map(FieldErrors.Entry::field).toList());
    }

    /**
     * The messages of a form object's constraints that are no message key of any bundle (MessagesTest checks that
     * every key has both languages): they would show as they are.
     */
    public static Set<String> constraintMessagesWithoutText(Class<?> form) {
        Set<String> keys = MessagesTest.BUNDLES.stream().flatMap(b -> Arrays.stream(b.getDeclaredMethods())).map(Method::getName)
                .collect(Collectors.toSet());
        return Arrays.stream(form.getDeclaredFields()).flatMap(f -> Arrays.stream(f.getAnnotations()))
                .flatMap(FormsTest::messages).filter(m -> !keys.contains(m)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<String> messages(java.lang.annotation.Annotation constraint) {
        try {
            Method message = constraint.annotationType().getMethod("message");
            return Stream.of((String) message.invoke(constraint));
        } catch (NoSuchMethodException e) {
            return Stream.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
