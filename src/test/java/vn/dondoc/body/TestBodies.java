package vn.dondoc.body;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;

/** Creates committed bodies with unique codes and names for HTTP tests. */
public final class TestBodies {

    private TestBodies() {
    }

    /** A new body named "{namePrefix} {unique}"; returns its code. */
    public static String create(String namePrefix) {
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String code = "T" + unique;
        QuarkusTransaction.requiringNew().run(() -> {
            ResponsibleBody body = new ResponsibleBody();
            body.code = code;
            body.name = namePrefix + " " + unique;
            body.kind = BodyKind.OTHER;
            body.persist();
        });
        return code;
    }

    public static String nameOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ResponsibleBody.findByCode(code).orElseThrow().name);
    }
}
