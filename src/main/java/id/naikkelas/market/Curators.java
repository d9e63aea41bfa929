package id.naikkelas.market;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Who curates for which agency (ADR 0022): officers, program managers and administrators of an agency. A curator edits
 * only their own agency's collections, featured products and events (an administrator: any agency's); another agency's
 * are "not found". A product or business may be chosen only where both the agency's and the curator's jurisdiction
 * reach, and the public pages apply the agency's jurisdiction again when they are read ({@link #IN_AGENCY}).
 */
@Component
class Curators {

    /**
     * The business {@code b} lies in the jurisdiction of the agency whose id is in column {@code x.agency_id}; the
     * public pages' read-time rule, so a business that moves away drops out of an agency's pages without a job.
     */
    static final String IN_AGENCY = inAgency("b.region_code");

    /** As {@link #IN_AGENCY}, for a business whose region is read from {@code regionColumn}. */
    static String inAgency(String regionColumn) {
        return """
                EXISTS (SELECT 1 FROM identity_agency ag, unnest(ag.region_codes) rc
                        WHERE ag.id = x.agency_id AND ag.active AND (%1$s = rc OR %1$s LIKE rc || '.%%'))""".formatted(regionColumn);
    }

    private final Access access;
    private final JdbcClient jdbc;

    Curators(Access access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The signed-in curator; anyone else is refused (403). */
    Curator require() {
        var user = access.require();
        if (!user.hasAny(Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER)) {
            throw new AccessDeniedException("curation needs an officer, program manager or administrator");
        }
        return new Curator(user, user.agencyId() == null ? null : agency(user.agencyId()));
    }

    /** The curator, allowed to change rows of {@code agencyId}: others get "not found" for them, as for a wrong id. */
    Curator requireOwn(long agencyId, String entity, Object id) {
        var curator = require();
        if (!curator.user().isAdmin() && !Objects.equals(curator.user().agencyId(), agencyId)) {
            throw new NotFound(entity, id);
        }
        return curator.user().isAdmin() && !Objects.equals(curator.user().agencyId(), agencyId)
                ? new Curator(curator.user(), agency(agencyId)) : curator;
    }

    /**
     * Why the curator may not choose this product, as a message code, or null when they may: it must be in the
     * catalogue now and its business within the curator's reach. Another region's product is "outside", whatever it is.
     */
    String refusal(Curator curator, long productId) {
        record Row(String region, boolean shown) {
        }
        var row = jdbc.sql("""
                        SELECT b.region_code, coalesce(l.published, false) AND p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL AS shown
                        FROM registry_catalogue_product p JOIN registry_business b ON b.id = p.business_id
                        LEFT JOIN catalogue_listing l ON l.product_id = p.id WHERE p.id = ?""")
                .param(productId).query((rs, i) -> new Row(rs.getString(1), rs.getBoolean(2))).optional();
        if (row.isEmpty() || !curator.reaches(row.get().region())) {
            return "market.curation.outsideJurisdiction";
        }
        return row.get().shown() ? null : "market.curation.notPublished";
    }

    private Agency agency(long id) {
        return jdbc.sql("SELECT id, name, region_codes FROM identity_agency WHERE id = ?").param(id)
                .query((rs, i) -> new Agency(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("region_codes"))))
                .optional().orElseThrow(() -> new NotFound("agency", id));
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    record Agency(long id, String name, List<String> regionCodes) {
    }

    /** A curator acting for an agency (null for an administrator of none, who may edit but not create). */
    record Curator(CurrentUser user, Agency agency) {

        /** The agency rows are created for; an administrator without an agency is told to use one's account. */
        long agencyId() {
            if (agency == null) {
                throw InvalidInput.of("agency", "market.curation.noAgency");
            }
            return agency.id();
        }

        /** Where the curator may choose businesses: inside both the agency's and their own jurisdiction. */
        boolean reaches(String regionCode) {
            return agency != null && Jurisdiction.of(agency.regionCodes()).covers(regionCode)
                    && user.jurisdiction().covers(regionCode);
        }

        /** {@link #reaches} as SQL on {@code column}, with its parameters. */
        Jurisdiction.SqlCondition reach(String column) {
            if (agency == null) {
                return new Jurisdiction.SqlCondition("FALSE", java.util.Map.of());
            }
            var own = user.jurisdiction().sql(column);
            var params = new java.util.HashMap<String, Object>(own.params());
            params.put("curatorAgency", agency.id());
            return new Jurisdiction.SqlCondition("(" + own.sql() + " AND EXISTS (SELECT 1 FROM identity_agency ag, unnest(ag.region_codes) rc"
                    + " WHERE ag.id = :curatorAgency AND (" + column + " = rc OR " + column + " LIKE rc || '.%')))", params);
        }
    }
}
