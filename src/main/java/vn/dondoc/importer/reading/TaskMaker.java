package vn.dondoc.importer.reading;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.importer.reading.DeadlineParser.Deadline;
import vn.dondoc.importer.reading.OwnerParser.Parsed;

/**
 * The last stage: turns drafts into tasks. Chooses the time limit (the task's own day, else its item's or heading's),
 * the leads (named, handed down, the issuer of a body's own plan, or inferred from areas of work), and the bodies
 * that support ("phối hợp với ...").
 */
final class TaskMaker {

    private final Passage p;
    private final Tokens t;

    TaskMaker(Passage p) {
        this.p = p;
        this.t = p.t;
    }

    /** In a local document, the place's own counterparts of the bodies inferred ("Sở Y tế tỉnh Sơn La" for "Bộ Y tế"). */
    private List<FoundOwner> local(List<FoundOwner> inferred) {
        if (p.place == null || inferred.isEmpty()) {
            return inferred;
        }
        List<FoundOwner> out = new ArrayList<>();
        for (FoundOwner o : inferred) {
            KnownBody b = p.index.byCode(o.code());
            String counterpart = b == null ? null : p.place.counterpart(b);
            if (counterpart != null) {
                out.add(new FoundOwner(null, counterpart, Role.LEAD, true, false, o.reason()));
            }
        }
        return OwnerParser.dedupe(out);
    }

    void finishAll(List<TaskDraft> drafts) {
        List<FoundOwner> lastInferred = null;
        for (TaskDraft d : drafts) {
            lastInferred = finish(d, lastInferred);
        }
    }

    /** Turns a draft into a task; returns the owners inferred for it, for the next clause of the paragraph. */
    List<FoundOwner> finish(TaskDraft d, List<FoundOwner> lastInferred) {
        String text = p.text;
        int start = t.start[d.from];
        int end = t.end[d.to - 1];
        while (end < text.length() && ".)”\"'…/!?".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (end - start < 3) {
            return lastInferred;
        }
        String span = text.substring(start, end);
        Deadline own = d.own != null ? d.own : p.deadline(span, false);
        List<TaskDoubt> doubts = new ArrayList<>();
        Deadline use;
        if (own != null && own.day() != null) {
            use = own;
        } else if (d.inherited != null && d.inherited.day() != null) {
            use = d.inherited;
            doubts.add(TaskDoubt.DEADLINE_FROM_HEADING);
        } else if (!d.table && p.titleDeadline != null) {
            use = p.titleDeadline;
            doubts.add(TaskDoubt.DEADLINE_FROM_TITLE);
        } else {
            use = own;
        }
        List<FoundOwner> owners = new ArrayList<>();
        List<FoundOwner> lead = d.lead == null ? List.of() : d.lead;
        List<FoundOwner> result = lastInferred;
        if (lead.isEmpty() && p.issuer != null) {
            lead = List.of(p.issuer);
        } else if (lead.isEmpty()) {
            List<FoundOwner> inferred = local(p.inference.infer(t, d.from, d.to, p.inferenceKinds, p.date));
            if (inferred.isEmpty() && lastInferred != null) {
                inferred = lastInferred;
            }
            result = inferred.isEmpty() ? lastInferred : inferred;
            lead = inferred;
        }
        for (FoundOwner o : lead) {
            owners.add(OwnerParser.as(o, Role.LEAD));
        }
        List<FoundOwner> support = d.table ? d.support : supportIn(d.from, d.to);
        if (!d.table && !d.support.isEmpty()) {
            List<FoundOwner> both = new ArrayList<>(d.support);
            both.addAll(support);
            support = OwnerParser.dedupe(both);
        }
        for (FoundOwner o : support) {
            boolean dup = false;
            for (FoundOwner l : owners) {
                if (OwnerParser.sameBody(o, l)) {
                    dup = true;
                }
            }
            if (!dup) {
                owners.add(OwnerParser.as(o, Role.SUPPORT));
            }
        }
        DeadlineKind kind = use == null ? DeadlineKind.NONE : use.kind();
        doubts.addAll(ownerDoubts(owners));
        if (d.prose) {
            doubts.add(TaskDoubt.RUNNING_TEXT);
        }
        if (!d.opened && !d.table) {
            doubts.add(TaskDoubt.NO_REQUEST_VERB);
        }
        if (span.length() > TaskDoubt.LONG_TASK) {
            doubts.add(TaskDoubt.LONG);
        }
        doubts.sort((x, y) -> Double.compare(y.weight(), x.weight()));
        p.tasks.add(new FoundTask(span, d.section, start, end, use == null ? null : use.day(), use == null ? null : use.words(),
                kind, use == null ? null : use.recurrence(), owners, doubts));
        return result;
    }

    /** Gives the day to the tasks from {@code from} on that have none of their own, with the doubt it brings. */
    void dateUndated(int from, Deadline d, TaskDoubt doubt) {
        for (int i = from; i < p.tasks.size(); i++) {
            FoundTask task = p.tasks.get(i);
            if (task.deadline() == null) {
                p.tasks.set(i, task.dated(d, doubt));
            }
        }
    }

    /**
     * Gives the tasks from {@code from} on the lead a label names, where the text named none for them, and adds the
     * bodies it names in support.
     */
    void regive(int from, List<FoundOwner> lead, List<FoundOwner> support) {
        for (int i = from; i < p.tasks.size(); i++) {
            FoundTask task = p.tasks.get(i);
            List<FoundOwner> owners = new ArrayList<>();
            boolean named = task.owners().stream().anyMatch(o -> o.role() == Role.LEAD && !o.inferred());
            if (!lead.isEmpty() && !named) {
                lead.forEach(o -> owners.add(OwnerParser.as(o, Role.LEAD)));
            } else {
                task.owners().stream().filter(o -> o.role() == Role.LEAD).forEach(owners::add);
            }
            task.owners().stream().filter(o -> o.role() == Role.SUPPORT).forEach(owners::add);
            for (FoundOwner o : support) {
                if (owners.stream().noneMatch(x -> OwnerParser.sameBody(x, o))) {
                    owners.add(OwnerParser.as(o, Role.SUPPORT));
                }
            }
            List<TaskDoubt> doubts = new ArrayList<>(task.doubts());
            doubts.removeAll(List.of(TaskDoubt.NO_OWNER_NAMED, TaskDoubt.NO_OWNER, TaskDoubt.NEW_BODY, TaskDoubt.OPEN_COLLECTIVE));
            doubts.addAll(ownerDoubts(owners));
            doubts.sort((x, y) -> Double.compare(y.weight(), x.weight()));
            p.tasks.set(i, new FoundTask(task.text(), task.section(), task.start(), task.end(), task.deadline(), task.deadlineText(),
                    task.deadlineKind(), task.recurrence(), owners, doubts));
        }
    }

    private static List<TaskDoubt> ownerDoubts(List<FoundOwner> owners) {
        List<TaskDoubt> out = new ArrayList<>();
        boolean lead = false;
        for (FoundOwner o : owners) {
            if (o.role() != Role.LEAD) {
                continue;
            }
            lead = true;
            TaskDoubt doubt = o.inferred() ? TaskDoubt.NO_OWNER_NAMED
                    : o.code() == null && o.group() ? TaskDoubt.OPEN_COLLECTIVE
                    : o.code() == null ? TaskDoubt.NEW_BODY : null;
            if (doubt != null && !out.contains(doubt)) {
                out.add(doubt);
            }
        }
        if (!lead) {
            out.add(TaskDoubt.NO_OWNER);
        }
        return out;
    }

    /** Bodies after "phối hợp với" (or "in coordination with") in the clause. */
    List<FoundOwner> supportIn(int a, int b) {
        List<FoundOwner> out = new ArrayList<>();
        for (int k = a; k < b; k++) {
            int j = supportStart(t, k, b);
            if (j > 0 && j < b) {
                Parsed s = p.parser.parseList(t, j, b);
                if (s != null) {
                    out.addAll(s.owners());
                    k = s.end() - 1;
                }
            }
        }
        return OwnerParser.dedupe(out);
    }

    /** After a "phối hợp với ..." that starts at token k: the token after its bodies; k where none starts there. */
    int supportAt(int k, int b) {
        int j = supportStart(t, k, b);
        if (j < 0 || j >= b) {
            return k;
        }
        Parsed s = p.parser.parseList(t, j, b);
        return s == null ? j : s.end();
    }

    /** The first token of the bodies after "phối hợp (chặt chẽ) (với)" or "in coordination with" at token k, or -1. */
    static int supportStart(Tokens t, int k, int b) {
        if (t.low[k].equals("phối") && k + 1 < b && t.low[k + 1].equals("hợp")) {
            int j = k + 2;
            if (j + 1 < b && t.low[j].equals("chặt") && t.low[j + 1].equals("chẽ")) {
                j += 2;
            }
            if (j < b && t.low[j].equals("với")) {
                j++;
            }
            return j;
        }
        if (t.low[k].equals("coordination") && k + 1 < b && t.low[k + 1].equals("with")) {
            return k + 2;
        }
        return -1;
    }
}
