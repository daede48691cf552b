package vn.dondoc.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A task with its owners, as a row of the task table: the owners' statuses add up to the task's own
 * (done when every owner is done, not started while none has started).
 */
public record TaskRow(Task task, List<Assignment> owners, LocalDate today) {

    public Status status() {
        if (owners.isEmpty() || owners.stream().allMatch(a -> a.status == Status.NOT_STARTED)) {
            return Status.NOT_STARTED;
        }
        return owners.stream().allMatch(a -> a.status == Status.DONE) ? Status.DONE : Status.IN_PROGRESS;
    }

    public Progress progress() {
        if (status() == Status.DONE) {
            return owners.stream().anyMatch(a -> a.progress(today) == Progress.DONE_LATE) ? Progress.DONE_LATE
                    : Progress.DONE_ON_TIME;
        }
        return Progress.of(Status.NOT_STARTED, null, task.deadline, today);
    }

    public long done() {
        return owners.stream().filter(a -> a.status == Status.DONE).count();
    }

    public long total() {
        return owners.size();
    }
}
