package vn.dondoc.task;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A database of its own that holds the demo directive from the first start, as a new installation does: for tests
 * that measure pages over a known set of tasks, which the shared test database cannot give.
 */
public class SeededProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:dondoc-seeded;DB_CLOSE_DELAY=-1", "dondoc.seed.enabled", "true");
    }
}
