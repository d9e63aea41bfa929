package id.naikkelas.programs;

import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/**
 * What a partner organisation gives the programs it partners in (issue 18 part 3), computed from what was recorded:
 * its members who facilitate, the businesses they facilitate, the visits they made. Training it co-organised is the
 * training module's to count.
 */
@Service
public class PartnerContributions {

    private final JdbcClient jdbc;
    private final Access access;
    private final Today today;

    PartnerContributions(JdbcClient jdbc, Access access, Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.today = today;
    }

    public record ProgramContribution(long programId, String programName, String agencyName, String mouNumber, LocalDate mouSignedOn,
                                      LocalDate mouExpiresOn, boolean mouInForce, int facilitators, int participants, int visitsDone) {
    }

    public record Contribution(long agencyId, String partnerName, int members, List<ProgramContribution> programs) {

        public int participants() {
            return programs.stream().mapToInt(ProgramContribution::participants).sum();
        }

        public int visitsDone() {
            return programs.stream().mapToInt(ProgramContribution::visitsDone).sum();
        }
    }

    /** The signed-in partner's organisation: one query for its programs, one for its members. */
    public Contribution mine() {
        var me = access.require();
        if (!me.has(Role.PARTNER) || me.agencyId() == null) {
            throw new AccessDeniedException("partner organisations only");
        }
        LocalDate date = today.date();
        var programs = jdbc.sql("""
                        SELECT p.id, p.name, a.name AS agency_name, pp.mou_number, pp.mou_signed_on, pp.mou_expires_on,
                            (SELECT count(DISTINCT x.facilitator_id) FROM assignment x JOIN enrollment e ON e.id = x.enrollment_id
                               JOIN identity_user u ON u.id = x.facilitator_id
                             WHERE e.program_id = p.id AND x.ended_at IS NULL AND u.agency_id = :agency) AS facilitators,
                            (SELECT count(*) FROM assignment x JOIN enrollment e ON e.id = x.enrollment_id
                               JOIN identity_user u ON u.id = x.facilitator_id
                             WHERE e.program_id = p.id AND x.ended_at IS NULL AND u.agency_id = :agency) AS participants,
                            (SELECT count(*) FROM visit v JOIN enrollment e ON e.id = v.enrollment_id
                               JOIN identity_user u ON lower(u.username) = lower(v.facilitator)
                             WHERE e.program_id = p.id AND v.status = 'DONE' AND u.agency_id = :agency) AS visits_done
                        FROM program_partner pp JOIN program p ON p.id = pp.program_id JOIN identity_agency a ON a.id = p.agency_id
                        WHERE pp.agency_id = :agency ORDER BY p.name, p.id""")
                .param("agency", me.agencyId())
                .query((rs, i) -> {
                    var signed = rs.getObject("mou_signed_on", LocalDate.class);
                    var expires = rs.getObject("mou_expires_on", LocalDate.class);
                    return new ProgramContribution(rs.getLong("id"), rs.getString("name"), rs.getString("agency_name"),
                            rs.getString("mou_number"), signed, expires, MouTerms.inForce(signed, expires, date),
                            rs.getInt("facilitators"), rs.getInt("participants"), rs.getInt("visits_done"));
                })
                .list();
        int members = jdbc.sql("SELECT count(*) FROM identity_user WHERE agency_id = ? AND enabled").param(me.agencyId())
                .query(Integer.class).single();
        return new Contribution(me.agencyId(), me.agencyName(), members, programs);
    }
}
