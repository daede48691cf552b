package vn.dondoc.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A task with its owners, as a row of the task table: the owners' statuses add up to the task's own (done when
 * every owner is done, reported when every owner has reported or is done, not started while none has started). A row of a list filtered by a body stands for that
 * body's assignment, its {@code focus}: its status and progress are that assignment's.
 */
public record TaskRow(Task task, List<Assignment> owners, LocalDate today, Assignment focus) {

    /** How many bodies the owners' summary names before it counts the rest. */
    static final int NAMED = 2;

    public TaskRow(Task task, List<Assignment> owners, LocalDate today) {
        this(task, owners, today, null);
    }

    static TaskRow of(Task task, List<Assignment> owners, LocalDate today, String bodyCode) {
        Assignment focus = bodyCode == null ? null : owners.stream().filter(a -> a.body.code.equals(bodyCode)).findFirst().orElse(null);
        return new TaskRow(task, owners, today, focus);
    }

    public Status status() {
        if (focus != null) {
            return focus.status;
        }
        if (owners.isEmpty() || owners.stream().allMatch(a -> a.status == Status.NOT_STARTED)) {
            return Status.NOT_STARTED;
        }
        if (owners.stream().allMatch(a -> a.status == Status.DONE)) {
            return Status.DONE;
        }
        // Every owner has reported or finished: what is left is the clerk's confirmation.
        return owners.stream().allMatch(a -> a.status == Status.DONE || a.status == Status.REPORTED) ? Status.REPORTED : Status.IN_PROGRESS;
    }

    public Progress progress() {
        if (focus != null) {
            return focus.progress(today);
        }
        if (status() == Status.DONE) {
            return owners.stream().anyMatch(a -> a.progress(today) == Progress.DONE_LATE) ? Progress.DONE_LATE
                    : Progress.DONE_ON_TIME;
        }
        if (status() == Status.REPORTED) {
            return Progress.REPORTED;
        }
        if (owners.isEmpty()) {
            return Progress.of(Status.NOT_STARTED, null, task.deadline, today);
        }
        // Each owner against its own deadline, which an approved adjustment may have moved.
        return owners.stream().anyMatch(a -> a.progress(today) == Progress.OVERDUE) ? Progress.OVERDUE : Progress.WITHIN_DEADLINE;
    }

    public long done() {
        return owners.stream().filter(a -> a.status == Status.DONE).count();
    }

    public long total() {
        return owners.size();
    }

    /** The lead bodies, for the summary "Ban Tổ chức TW chủ trì · 21 cơ quan phối hợp". */
    public List<Assignment> leads() {
        return owners.stream().filter(a -> a.role == Role.LEAD).toList();
    }

    public List<Assignment> supports() {
        return owners.stream().filter(a -> a.role == Role.SUPPORT).toList();
    }

    /** Whether the summary names the leads (a few) or counts them (many). */
    public boolean namesLeads() {
        return leads().size() <= NAMED;
    }

    public boolean namesSupports() {
        return supports().size() == 1;
    }
}
