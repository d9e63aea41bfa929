package id.naikkelas.reporting;

import java.util.List;

/**
 * Everything a program report or a yearly evaluation says: the evaluation summed from the maintained figures, and what
 * the programs' participants did this year and the year before with what each partner organisation gave (counted live,
 * {@link ProgramActivity}).
 *
 * @param programs the programs the report covers: the one program, or those run in the evaluated region
 */
public record Report(ReportKind kind, Evaluations.Evaluation evaluation, List<ProgramName> programs, ProgramActivity.Year thisYear,
                     ProgramActivity.Year lastYear, List<ProgramActivity.Partner> partners) {

    public record ProgramName(long id, String name) {
    }

    public int year() {
        return evaluation.year();
    }

    public Dashboard dashboard() {
        return evaluation.dashboard();
    }
}
