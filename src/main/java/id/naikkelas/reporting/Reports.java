package id.naikkelas.reporting;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.programs.ProgramView;
import id.naikkelas.programs.Programs;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Puts a report together section by section as the signed-in person (their jurisdiction and programs), telling the
 * caller how far it got so a background job can show it.
 */
@Service
class Reports {

    /** Told after each section with the share of the work done (0–100) and the section's name. */
    interface Progress {
        void section(String name, int percent);

        Progress NONE = (name, percent) -> { };
    }

    private final Evaluations evaluations;
    private final Dashboards dashboards;
    private final Programs programs;
    private final ProgramActivity activity;

    Reports(Evaluations evaluations, Dashboards dashboards, Programs programs, ProgramActivity activity) {
        this.evaluations = evaluations;
        this.dashboards = dashboards;
        this.programs = programs;
        this.activity = activity;
    }

    /**
     * Checks a request as its person may make it: a program they may see for a program report (none for a yearly
     * evaluation), a year from 2000 to this one, a region within their jurisdiction.
     *
     * @return the scope the report covers: the region's code, the jurisdiction's codes, or null for the whole country
     */
    List<String> check(ReportKind kind, int year, String region, Long programId) {
        CurrentUser user = dashboards.requireViewer();
        if (kind == null) {
            throw InvalidInput.of("kind", "report.error.kind");
        }
        if (kind == ReportKind.PROGRAM && programId == null) {
            throw InvalidInput.of("program", "report.error.programRequired");
        }
        if (kind == ReportKind.YEAR && programId != null) {
            throw InvalidInput.of("program", "report.error.programNotForYear");
        }
        if (year < 2000 || year > dashboards.currentYear()) {
            throw InvalidInput.of("year", "report.error.year", dashboards.currentYear());
        }
        if (programId != null) {
            programs.get(programId); // refuses a program the person may not see (404)
        }
        return dashboards.scope(user, region);
    }

    Report build(ReportKind kind, int year, String region, Long programId, Progress progress) {
        List<String> scope = check(kind, year, region, programId);
        progress.section("figures", 5);
        var evaluation = evaluations.evaluate(year, region, programId);
        progress.section("programs", 35);
        List<Report.ProgramName> covered = programId != null
                ? List.of(new Report.ProgramName(programId, evaluation.dashboard().programName()))
                : programs.list().stream().filter(p -> within(p, scope)).map(p -> new Report.ProgramName(p.id(), p.name())).toList();
        var ids = covered.stream().map(Report.ProgramName::id).toList();
        var thisYear = activity.year(ids, year);
        var lastYear = activity.year(ids, year - 1);
        progress.section("partners", 65);
        var partners = activity.partners(ids, year);
        progress.section("render", 80);
        return new Report(kind, evaluation, covered, thisYear, lastYear, partners);
    }

    /** A program run wholly inside the scope (null: the whole country). */
    private static boolean within(ProgramView program, List<String> scope) {
        return scope == null || program.regionCodes().stream()
                .allMatch(code -> scope.stream().anyMatch(s -> code.equals(s) || code.startsWith(s + ".")));
    }
}
