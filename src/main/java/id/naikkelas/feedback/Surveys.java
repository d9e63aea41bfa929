package id.naikkelas.feedback;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Role;
import id.naikkelas.notification.Message;
import id.naikkelas.notification.Notifications;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Survey invitations and answers. An invitation is made once per owner and service; answering it marks it
 * and stores the nine scores apart, with the unit and day but nothing that leads back to the owner.
 */
@Service
public class Surveys {

    private final JdbcClient jdbc;
    private final Access access;
    private final Today today;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;

    Surveys(JdbcClient jdbc, Access access, Today today, ApplicationEventPublisher events, Notifications notifications) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.access = access;
        this.today = today;
        this.events = events;
    }

    /** An invitation as its owner sees it. */
    public record Invitation(long id, String agencyName, SurveyService service, LocalDate invitedOn, boolean answered) {
    }

    /** The nine scores (1-4) and an optional suggestion. */
    public record Answers(Integer u1, Integer u2, Integer u3, Integer u4, Integer u5, Integer u6, Integer u7, Integer u8,
                          Integer u9, @Size(max = 2000) String suggestion) {

        public Integer[] scores() {
            return new Integer[] {u1, u2, u3, u4, u5, u6, u7, u8, u9};
        }
    }

    /**
     * Invites the owner of a business to rate the unit that served them; a second call for the same service is
     * nothing (the event may be delivered again). Businesses without an owner account, and places no active unit
     * serves, are skipped: there is nobody to ask, or nobody to rate.
     */
    @Transactional
    public Optional<Long> invite(SurveyService service, long serviceRef, long businessId, String regionCode, Long agencyId) {
        Long owner = jdbc.sql("SELECT owner_user_id FROM registry_business WHERE id = ?").param(businessId)
                .query(Long.class).optional().orElse(null);
        Long unit = agencyId != null ? agencyId : unitServing(regionCode).orElse(null);
        if (owner == null || unit == null) {
            return Optional.empty();
        }
        Optional<Long> id = jdbc.sql("""
                        INSERT INTO survey_invitation (user_id, business_id, agency_id, region_code, service, service_ref, invited_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (service, service_ref, user_id) DO NOTHING RETURNING id""")
                .params(owner, businessId, unit, regionCode, service.name(), serviceRef, today.date())
                .query(Long.class).optional();
        id.ifPresent(i -> {
            events.publishEvent(new SurveyInvited(i, owner, unit));
            tell(i, owner, unit, regionCode);
        });
        return id;
    }

    /** Tells the owner (inbox, and WhatsApp or e-mail as they chose) that a survey waits for them; once per invitation. */
    private void tell(long invitationId, long owner, long unit, String regionCode) {
        var names = jdbc.sql("""
                        SELECT u.username, a.name FROM identity_user u, identity_agency a WHERE u.id = ? AND a.id = ?""")
                .params(owner, unit).query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
        notifications.send(Message.once("survey:" + invitationId, names.get(0), null, "survey.invitation",
                List.of(names.get(1)), "/survei/" + invitationId, regionCode));
    }

    /** The most local active government unit whose jurisdiction holds the region. */
    private Optional<Long> unitServing(String regionCode) {
        return jdbc.sql("""
                        SELECT a.id FROM identity_agency a, unnest(a.region_codes) rc
                        WHERE a.active AND a.kind = ANY(:kinds) AND (:region = rc OR :region LIKE rc || '.%')
                        ORDER BY length(rc) DESC, a.id LIMIT 1""")
                .param("kinds", ComplaintRules.get().unitKinds().toArray(String[]::new)).param("region", regionCode)
                .query(Long.class).optional();
    }

    /** The signed-in owner's surveys not yet answered, newest first. */
    public List<Invitation> pending() {
        var me = access.require();
        return jdbc.sql("""
                        SELECT i.id, a.name, i.service, i.invited_on, i.answered_at IS NOT NULL AS answered
                        FROM survey_invitation i JOIN identity_agency a ON a.id = i.agency_id
                        WHERE i.user_id = ? AND i.answered_at IS NULL ORDER BY i.id DESC LIMIT 20""")
                .param(me.id()).query(Surveys::invitation).list();
    }

    /** One of the signed-in owner's invitations; someone else's is not found. */
    public Invitation get(long id) {
        var me = access.require();
        return jdbc.sql("""
                        SELECT i.id, a.name, i.service, i.invited_on, i.answered_at IS NOT NULL AS answered
                        FROM survey_invitation i JOIN identity_agency a ON a.id = i.agency_id WHERE i.id = ? AND i.user_id = ?""")
                .params(id, me.id()).query(Surveys::invitation).optional()
                .orElseThrow(() -> new NotFound("survey", id));
    }

    /**
     * Records the answers once: a second answer (a double tap, a resubmitted form) changes nothing and returns
     * false. The mark and the scores are one transaction, so neither exists without the other.
     */
    @Transactional
    public boolean answer(long id, Answers answers) {
        var me = access.require();
        if (!me.has(Role.OWNER)) {
            throw new AccessDeniedException("the survey is for the owner who was served");
        }
        get(id);
        check(answers);
        var invitation = jdbc.sql("""
                        UPDATE survey_invitation SET answered_at = ? WHERE id = ? AND user_id = ? AND answered_at IS NULL
                        RETURNING agency_id, region_code, service""")
                .params(today.now(), id, me.id())
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).optional();
        if (invitation.isEmpty()) {
            return false;
        }
        var row = invitation.get();
        Integer[] s = answers.scores();
        jdbc.sql("""
                        INSERT INTO survey_response (agency_id, region_code, service, answered_on, u1, u2, u3, u4, u5, u6, u7, u8, u9, suggestion)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row[0], row[1], row[2], today.date(), s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8],
                        answers.suggestion() == null || answers.suggestion().isBlank() ? null : answers.suggestion().trim())
                .update();
        return true;
    }

    private static void check(Answers answers) {
        var problems = new InvalidInput.Collector().check(answers);
        Integer[] scores = answers.scores();
        for (var element : IkmElement.values()) {
            Integer score = scores[element.ordinal()];
            if (score == null) {
                problems.add(element.field(), "feedback.survey.scoreRequired");
            } else if (score < 1 || score > 4) {
                problems.add(element.field(), "feedback.survey.scoreRange");
            }
        }
        problems.throwIfAny();
    }

    private static Invitation invitation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Invitation(rs.getLong("id"), rs.getString("name"), SurveyService.valueOf(rs.getString("service")),
                rs.getObject("invited_on", LocalDate.class), rs.getBoolean("answered"));
    }
}
