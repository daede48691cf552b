package vn.dondoc.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dondoc.web.Folding;

/**
 * The bodies a form offers to give a task to, as the picker tag shows them ({@code tags/bodyPicker.html}): one
 * row per body with a "lead" and a "support" check box, so that no choice needs Ctrl, grouped by kind. Bodies that
 * no longer exist are offered apart, each with its successor, so that the list holds today's bodies unless the
 * user opens the former ones; bodies a text names that are not in the list yet come last.
 */
public record BodyPicker(List<Group> groups, List<Option> former, List<Option> unlisted) {

    /** A body as the picker needs it; {@code value} is what the form sends (a code, or a new body's name with a prefix). */
    public record Entry(String value, String code, String name, BodyKind kind, LocalDate validUntil, String successorCode) {
    }

    /** One row of the picker. */
    public record Option(String value, String code, String name, String successorName, LocalDate until, String words) {
    }

    /** A chosen body in the picker's summary line. */
    public record Chosen(String name, boolean lead) {
    }

    /** The bodies of one kind. */
    public record Group(BodyKind kind, List<Option> options) {
    }

    /** What a form has chosen for one task: which values lead and which support. */
    public interface Selection {
        Set<String> leads();

        Set<String> supports();

        default boolean isLead(String value) {
            return leads().contains(value);
        }

        default boolean isSupport(String value) {
            return supports().contains(value);
        }
    }

    /** The picker over the given bodies, today's by kind in the usual order, by name within a kind. */
    public static BodyPicker of(List<Entry> bodies, LocalDate today) {
        Map<String, String> names = new LinkedHashMap<>();
        bodies.stream().filter(b -> b.code() != null).forEach(b -> names.put(b.code(), b.name()));
        Map<BodyKind, List<Option>> byKind = new LinkedHashMap<>();
        Arrays.stream(BodyKind.values()).forEach(kind -> byKind.put(kind, new ArrayList<>()));
        List<Option> former = new ArrayList<>();
        List<Option> unlisted = new ArrayList<>();
        for (Entry b : bodies.stream().sorted(Comparator.comparing(Entry::name)).toList()) {
            Option option = new Option(b.value(), b.code(), b.name(), b.successorCode() == null ? null : names.get(b.successorCode()),
                    b.validUntil(), Folding.fold(b.name() + " " + (b.code() == null ? "" : b.code())));
            if (b.code() == null) {
                unlisted.add(option);
            } else if (b.validUntil() != null && !today.isBefore(b.validUntil())) {
                former.add(option);
            } else {
                byKind.get(b.kind() == null ? BodyKind.OTHER : b.kind()).add(option);
            }
        }
        List<Group> groups = byKind.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new BodyPicker(groups, List.copyOf(former), List.copyOf(unlisted));
    }

    /** The picker over the bodies in the list, each sent as its code. */
    public static BodyPicker ofBodies(List<ResponsibleBody> bodies, LocalDate today) {
        return of(bodies.stream().map(b -> new Entry(b.code, b.code, b.name, b.kind, b.validUntil, b.successorCode)).toList(), today);
    }

    /** The chosen bodies, leads first, for the picker's summary line. */
    public List<Chosen> chosen(Selection selection) {
        List<Chosen> leads = new ArrayList<>();
        List<Chosen> supports = new ArrayList<>();
        for (Option o : all()) {
            if (selection.isLead(o.value())) {
                leads.add(new Chosen(o.name(), true));
            } else if (selection.isSupport(o.value())) {
                supports.add(new Chosen(o.name(), false));
            }
        }
        leads.addAll(supports);
        return leads;
    }

    /** Whether one of the former bodies is chosen, so that their part of the picker opens. */
    public boolean formerChosen(Selection selection) {
        return former.stream().anyMatch(o -> selection.isLead(o.value()) || selection.isSupport(o.value()));
    }

    /** Everything a form may send for this picker. */
    public Set<String> values() {
        Set<String> values = new LinkedHashSet<>();
        all().forEach(o -> values.add(o.value()));
        return values;
    }

    private List<Option> all() {
        List<Option> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.options()));
        all.addAll(former);
        all.addAll(unlisted);
        return all;
    }
}
