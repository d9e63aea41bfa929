/**
 * Reporting: dashboards per agency, program and region, the program report and yearly evaluation (PDF and Excel),
 * and the public statistics page. Every figure is summed from maintained aggregates ({@code reporting_figure}), which
 * {@link id.naikkelas.reporting.FigureRefresh} recomputes per district from the other modules' published views when
 * something there changed (ADR 0018), so no dashboard scans the live tables.
 * <p>
 * The program report and the yearly evaluation are built in the background as jobs ({@code report_job}, ADR 0025).
 * <p>
 * Owns tables: reporting_figure, reporting_rollup, reporting_dirty_district, reporting_state, report_job.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package id.naikkelas.reporting;
