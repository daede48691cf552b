package vn.dondoc.task;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dondoc.web.FeatureTexts;

/** Makes the messages of tasks and their follow-up known to the run-time look-up of message keys. */
@ApplicationScoped
@Unremovable
class TaskTexts implements FeatureTexts {

    @Override
    public List<Class<?>> bundles() {
        return List.of(TaskMessages.class, DailyMessages.class, EditMessages.class, FollowUpMessages.class, ResultMessages.class);
    }
}
