package id.naikkelas.benchdata;

import id.naikkelas.certification.PathwayStep;
import id.naikkelas.certification.PathwayTemplate;
import id.naikkelas.certification.Route;
import id.naikkelas.registry.PermitType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One certification case as the application would have left it: walked step by step through its
 * pathway template (optional steps skipped, as they are when their guards already hold), each step
 * done on a date between opening and today, the current step's due date from its SLA in working
 * days and any window it lies in (as {@code Cases.due} computes it). About 45% are completed, with
 * the permit they produced. A pure function of the case's ordinal, so the case, its history and its
 * permit are written in separate passes and still agree.
 */
record CaseFacts(PathwayTemplate template, boolean completed, LocalDate opened, LocalDate closed, int[] path, int done,
                 LocalDate[] doneOn, LocalDate stepStarted, LocalDate stepDue, Integer inspectionLevel, String facilitator) {

    static CaseFacts of(World w, long ordinal, PermitType type) {
        SplittableRandom r = Rng.of(w.seed(), Rng.Stream.CASE, 1L << 40 | ordinal);
        Route route = type == PermitType.HALAL ? (Rng.chance(r, 0.8) ? Route.SELF_DECLARE : Route.REGULAR) : null;
        var template = w.templates().forPermit(type, route).orElseThrow();
        var steps = template.steps();
        var path = new ArrayList<Integer>(List.of(0));
        for (int i = 1; i < steps.size(); i++) {
            if (!steps.get(i).optional()) {
                path.add(i);
            }
        }
        boolean completed = Rng.chance(r, 0.45);
        int done;
        LocalDate opened;
        LocalDate closed = null;
        LocalDate[] doneOn;
        if (completed) {
            done = path.size();
            opened = w.daysAgo(90 + r.nextInt(1300));
            closed = BusinessRows.min(opened.plusDays(20 + r.nextInt(180)), w.asOf());
            doneOn = spread(opened, closed, done, done);
        } else {
            done = r.nextInt(path.size());
            opened = w.daysAgo(r.nextInt(365));
            doneOn = spread(opened, w.asOf(), done, done + 1);
        }
        LocalDate started = done == 0 ? opened : doneOn[done - 1];
        LocalDate due = completed ? null : due(w, template, path.get(done), started, path, doneOn, done);
        Integer level = null;
        for (int t = 0; t < done; t++) {
            if (steps.get(path.get(t)).code().equals("FACILITY_INSPECTION")) {
                level = Rng.chance(r, 0.7) ? 1 : 2;
            }
        }
        String facilitator = Rng.chance(r, 0.3) ? Words.personName(r, r.nextBoolean()) : null;
        return new CaseFacts(template, completed, opened, closed, path.stream().mapToInt(Integer::intValue).toArray(), done, doneOn,
                completed ? null : started, due, level, facilitator);
    }

    /** Dates of the first {@code count} of {@code parts} equal steps from {@code from} to {@code to}. */
    private static LocalDate[] spread(LocalDate from, LocalDate to, int count, int parts) {
        long span = to.toEpochDay() - from.toEpochDay();
        var dates = new LocalDate[count];
        for (int t = 0; t < count; t++) {
            dates[t] = from.plusDays(span * (t + 1) / parts);
        }
        return dates;
    }

    /** The step's own SLA, shortened by a window (such as P-IRT's 3-month commitment) it lies in. */
    private static LocalDate due(World w, PathwayTemplate template, int step, LocalDate start, List<Integer> path, LocalDate[] doneOn,
                                int done) {
        PathwayStep s = template.steps().get(step);
        LocalDate due = s.sla() == null ? null : s.sla().dueDate(start, w.workingDays());
        if (done == 0) {
            return due; // Cases.open: the first step by its own SLA only
        }
        var codes = template.steps().stream().map(PathwayStep::code).toList();
        for (var window : template.windows()) {
            int from = codes.indexOf(window.fromStep());
            int until = codes.indexOf(window.untilStep());
            int at = path.indexOf(from);
            if (at < 0 || at >= done || step <= from || step > until) {
                continue;
            }
            LocalDate end = window.sla().dueDate(doneOn[at], w.workingDays());
            due = due == null || end.isBefore(due) ? end : due;
        }
        return due;
    }

    int version() {
        return done;
    }

    /** The current step's index, or -1 once completed. */
    int current() {
        return completed ? -1 : path[done];
    }

    /** Optional steps passed over between the t-th step done and the next one. */
    List<String> skippedAfter(int t) {
        int to = t + 1 < path.length ? path[t + 1] : template.steps().size();
        var skipped = new ArrayList<String>();
        for (int i = path[t] + 1; i < to; i++) {
            skipped.add(template.steps().get(i).code());
        }
        return skipped;
    }
}
