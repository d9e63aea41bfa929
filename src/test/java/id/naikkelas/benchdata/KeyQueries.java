package id.naikkelas.benchdata;

import id.naikkelas.certification.CaseStatus;
import id.naikkelas.certification.Cases;
import id.naikkelas.market.Catalogue;
import id.naikkelas.market.CatalogueQuery;
import id.naikkelas.programs.Enrollments;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitRegister;
import id.naikkelas.registry.SearchCriteria;
import id.naikkelas.registry.Sector;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The queries people wait on, as the pages and the API run them: the registry list of a province
 * (petugas.lampung: Lampung holds a tenth of the registry) with its next page and a filter, the
 * typo-tolerant name search, the facilitator's worklist (pendamping.palangkaraya), the case list and
 * its overdue view, permit verification (anyone) and renewals. Each is a call of the application's
 * own service; {@link #explain} sends its SQL to a given connection and keeps the plans.
 */
final class KeyQueries {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /**
     * @param finding why this query's reads are known to grow faster than the page (a sequential scan still fails it)
     *                (null: it must keep within the budget)
     */
    record KeyQuery(String name, String user, Supplier<Object> call, String finding) {

        KeyQuery(String name, String user, Supplier<Object> call) {
            this(name, user, call, null);
        }
    }

    static final String RANKED_SEARCH = "a typo-tolerant search ranks every match of its words in the user's region (business_word, "
            + "ADR 0021), not the country's, before the page applies: its reads grow with the province's businesses sharing the words, "
            + "not with the registry (QueryPlanTest#theSearchReadsTheRegionsMatchesOnly)";

    static final String CATALOGUE_WORDS = "a catalogue word search scores every listed product holding a word similar to one of the query's "
            + "(catalogue_listing_word, ADR 0026) before the page applies: its reads grow with the listings sharing the words, not with "
            + "the catalogue (QueryPlanTest#theCatalogueSearchReadsItsWordsMatchesOnly)";

    private KeyQueries() {
    }

    static List<KeyQuery> all(BeanFactory beans, Connection target) throws SQLException {
        var businesses = beans.getBean(Businesses.class);
        var cases = beans.getBean(Cases.class);
        var enrollments = beans.getBean(Enrollments.class);
        var permits = beans.getBean(PermitRegister.class);
        var catalogue = beans.getBean(Catalogue.class);
        LocalDate today = LocalDate.now(JAKARTA);
        String number = aPermitNumber(target);
        var visits = beans.getBean(id.naikkelas.programs.Visits.class);
        long participant = aParticipantOf("pendamping.palangkaraya", target);
        var drafts = new SearchCriteria(null, null, null, null, Sector.PROCESSED_FOOD, null, BusinessStatus.DRAFT, null, null);
        return List.of(
                new KeyQuery("registry-list", "petugas.lampung", () -> businesses.search(SearchCriteria.all(), null, 25)),
                // the first page is fetched (and explained) too: the cursor comes from it
                new KeyQuery("registry-list-next-page", "petugas.lampung", () -> businesses.search(SearchCriteria.all(),
                        businesses.search(SearchCriteria.all(), null, 25).next(), 25)),
                new KeyQuery("registry-list-filtered", "petugas.lampung", () -> businesses.search(drafts, null, 25)),
                new KeyQuery("registry-search", "petugas.lampung", () -> businesses.search(SearchCriteria.text("kripik pisang bu siti"), null, 25),
                        RANKED_SEARCH),
                new KeyQuery("facilitator-worklist", "pendamping.palangkaraya", enrollments::assignedToMe),
                new KeyQuery("participant-visits", "pendamping.palangkaraya", () -> visits.ofEnrollment(participant)),
                new KeyQuery("case-list", "petugas.lampung", () -> cases.list(null, false, null, 200)),
                new KeyQuery("case-list-overdue", "petugas.lampung", () -> cases.list(CaseStatus.OPEN, true, null, 200)),
                new KeyQuery("permit-verification", null, () -> permits.verify(number.toLowerCase(Locale.ROOT), today)),
                new KeyQuery("permit-renewals", "petugas.lampung", () -> permits.expiring(90, today)),
                // the public catalogue, anonymous (QueryPlanTest publishes half of the verified businesses' products)
                new KeyQuery("catalogue-browse", null, () -> catalogue.search(catalogueQuery(null, null, List.of()), 1)),
                new KeyQuery("catalogue-browse-page-10", null, () -> catalogue.search(catalogueQuery(null, null, List.of()), 10)),
                new KeyQuery("catalogue-region-halal", null, () -> catalogue.search(catalogueQuery(null, "18", List.of("HALAL")), 1)),
                new KeyQuery("catalogue-search", null, () -> catalogue.search(catalogueQuery("kripik pisang", null, List.of()), 1),
                        CATALOGUE_WORDS));
    }

    static CatalogueQuery catalogueQuery(String q, String region, List<String> badges) {
        return new CatalogueQuery(q, null, region, badges, null, false);
    }

    /** The query's plans, run as its user with the SQL sent to {@code target}. */
    static List<ExplainedQueries.Explained> explain(KeyQuery query, DataSource dataSource, Connection target) {
        return as(query.user(), () -> ExplainedQueries.of(dataSource, target, query.call()::get));
    }

    /** Runs the call signed in as the user (the services read who asks from the security context); null: anonymous. */
    static <T> T as(String user, Supplier<T> call) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        if (user != null) {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        }
        SecurityContextHolder.setContext(context);
        // no request of an earlier test left on this thread: its per-request user would spare the look-up in one run only
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(request);
        }
    }

    /** A business the facilitator currently accompanies (the latest assigned), whose page they open. */
    private static long aParticipantOf(String facilitator, Connection target) throws SQLException {
        try (var st = target.prepareStatement("""
                SELECT a.enrollment_id FROM assignment a JOIN app_user u ON u.id = a.facilitator_id
                WHERE u.username = ? AND a.ended_at IS NULL ORDER BY a.id DESC LIMIT 1""")) {
            st.setString(1, facilitator);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the generated data gives " + facilitator + " no participant");
                }
                return rs.getLong(1);
            }
        }
    }

    /** A P-IRT number as printed on a label, to verify (the latest one registered). */
    private static String aPermitNumber(Connection target) throws SQLException {
        try (var st = target.createStatement(); var rs = st.executeQuery("SELECT number FROM permit WHERE type = 'PIRT' ORDER BY id DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
