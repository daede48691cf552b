package vn.dondoc.body;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dondoc.web.FeatureTexts;

/** Makes the messages of this feature known to the run-time look-up of message keys. */
@ApplicationScoped
@Unremovable
class BodyTexts implements FeatureTexts {

    @Override
    public List<Class<?>> bundles() {
        return List.of(BodyMessages.class);
    }
}
