package id.naikkelas.invitations;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Role;
import id.naikkelas.notification.Message;
import id.naikkelas.notification.Notifications;
import id.naikkelas.reference.Regions;
import id.naikkelas.registry.PhoneNumbers;
import jakarta.validation.constraints.Size;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Invitations of an agency's people (ADR 0015). The link's token is random and kept only as its SHA-256 hash; it works
 * once, for {@link #VALID}, and a new invitation to the same person (or a resend) makes the old link useless.
 */
@Service
public class Invitations {

    static final Duration VALID = Duration.ofDays(7);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Access access;
    private final Accounts accounts;
    private final Regions regions;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Today today;

    Invitations(JdbcClient jdbc, Access access, Accounts accounts, Regions regions, AuditTrail audit, Notifications notifications,
                Today today) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.regions = regions;
        this.audit = audit;
        this.notifications = notifications;
        this.today = today;
    }

    /**
     * Who to invite. {@code regionCodes} empty: the agency's own jurisdiction, allowed only when the inviter's covers it.
     * {@code temporaryPassword}: the account is made at once with it, to be changed at the first sign-in; otherwise a link.
     */
    public record Request(@Size(max = 60) String username, @Size(max = 200) String fullName, @Size(max = 200) String email,
                          @Size(max = 20) String phone, Long agencyId, Role role, List<String> regionCodes, String temporaryPassword) {
    }

    /** What the inviter is shown once: the link to pass on by hand (null with a temporary password). */
    public record Issued(long id, String link, OffsetDateTime expiresAt) {
    }

    /** An agency an inviter may invite into: their own, or an organisation partnering in one of its programs under a current MoU. */
    public record InvitableAgency(long id, String name, boolean own, Set<Role> roles) {
    }

    public CurrentUser requireInviter() {
        var me = access.require();
        if (!Grants.mayInvite(me)) {
            throw new AccessDeniedException("only program managers and administrators invite");
        }
        return me;
    }

    public List<InvitableAgency> agencies() {
        var me = requireInviter();
        if (me.isAdmin()) {
            return jdbc.sql("SELECT id, name FROM identity_agency WHERE active ORDER BY name")
                    .query((rs, i) -> new InvitableAgency(rs.getLong(1), rs.getString(2), true, Grants.roles(me, true))).list();
        }
        return jdbc.sql("""
                        SELECT a.id, a.name, a.id = :mine AS own FROM identity_agency a
                        WHERE a.active AND (a.id = :mine OR EXISTS (SELECT 1 FROM programs_partner pp WHERE pp.agency_id = a.id
                            AND pp.program_agency_id = :mine AND (pp.mou_expires_on IS NULL OR pp.mou_expires_on >= :today)))
                        ORDER BY a.id = :mine DESC, a.name""")
                .param("mine", me.agencyId()).param("today", today.date())
                .query((rs, i) -> new InvitableAgency(rs.getLong(1), rs.getString(2), rs.getBoolean(3), Grants.roles(me, rs.getBoolean(3))))
                .list();
    }

    @Transactional
    public Issued invite(Request request, String linkBase) {
        var me = requireInviter();
        var problems = new InvalidInput.Collector().check(request);
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            problems.add("username", "user.username.format");
        } else if (accounts.usernameTaken(username) || heldElsewhere(username, me)) {
            problems.add("username", "user.username.taken");
        }
        if (blank(request.fullName())) {
            problems.add("fullName", "field.required");
        }
        String email = blank(request.email()) ? null : request.email().trim();
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("email", "field.email");
        }
        String phone = null;
        if (!blank(request.phone())) {
            var check = PhoneNumbers.check(request.phone());
            check.problems().forEach(p -> problems.add("phone", p.code(), p.args().toArray()));
            phone = check.e164();
        }
        if (email == null && blank(request.phone())) {
            problems.add("phone", "invitation.contact.required");
        }
        var agency = request.agencyId() == null ? null
                : agencies().stream().filter(a -> a.id() == request.agencyId()).findFirst().orElse(null);
        if (agency == null) {
            problems.add("agencyId", request.agencyId() == null ? "field.required" : "invitation.agency.outside");
        }
        if (request.role() == null) {
            problems.add("role", "field.required");
        } else if (agency != null && !agency.roles().contains(request.role())) {
            problems.add("role", "invitation.role.beyond",
                    new DefaultMessageSourceResolvable(new String[] {"role." + request.role().name()}, request.role().name()));
        }
        var codes = request.regionCodes() == null ? List.<String>of()
                : request.regionCodes().stream().filter(c -> !blank(c)).map(String::trim).distinct().toList();
        for (String code : codes) {
            if (!regions.exists(code)) {
                problems.add("regionCodes", "region.unknown", code);
            } else if (!me.jurisdiction().covers(code)) {
                problems.add("regionCodes", "invitation.region.outside", code);
            }
        }
        if (codes.isEmpty() && agency != null && !agencyCodes(agency.id()).stream().allMatch(me.jurisdiction()::covers)) {
            problems.add("regionCodes", "invitation.regions.choose");
        }
        problems.throwIfAny();

        // the same person invited again by the same agency: the older link stops working
        jdbc.sql("""
                        UPDATE invitation SET status = 'REVOKED', token_hash = NULL, version = version + 1
                        WHERE status = 'PENDING' AND inviter_agency IS NOT DISTINCT FROM :byAgency
                          AND (lower(username) = lower(:username) OR email = :email OR phone = :phone)""")
                .param("byAgency", me.agencyId()).param("username", username).param("email", email).param("phone", phone).update();
        var role = request.role();
        boolean temporary = request.temporaryPassword() != null;
        var expires = today.now().plus(VALID);
        Long userId = null;
        String token = null;
        if (temporary) {
            try {
                userId = accounts.createInvited(new Accounts.NewUser(username, request.fullName().trim(), email, phone,
                        request.temporaryPassword(), agency.id(), Set.of(role), codes), true);
            } catch (InvalidInput e) {
                throw new InvalidInput(e.violations().stream().map(v -> "password".equals(v.field())
                        ? new InvalidInput.Violation("temporaryPassword", v.code(), v.args()) : v).toList());
            }
        } else {
            token = newToken();
        }
        long id = jdbc.sql("""
                        INSERT INTO invitation (username, full_name, email, phone, agency_id, role, region_codes, token_hash, expires_at,
                            status, temporary_password, invited_by, inviter_agency, user_id, accepted_at)
                        VALUES (:username, :name, :email, :phone, :agency, :role, :regions, :hash, :expires, :status, :temporary, :by,
                            :byAgency, :user, :accepted) RETURNING id""")
                .param("username", username).param("name", request.fullName().trim()).param("email", email).param("phone", phone)
                .param("agency", agency.id()).param("role", role.name()).param("regions", codes.toArray(String[]::new))
                .param("hash", token == null ? null : hash(token)).param("expires", expires)
                .param("status", temporary ? "ACCEPTED" : "PENDING").param("temporary", temporary).param("by", me.username()).param("byAgency", me.agencyId())
                .param("user", userId).param("accepted", temporary ? today.now() : null)
                .query(Long.class).single();
        audit.created("invitation", id, codes.isEmpty() ? null : codes.get(0), state(username, agency.id(), role, codes, temporary));
        String link = token == null ? null : link(linkBase, token);
        tell(username, request.fullName().trim(), phone, email, agency.name(), link, expires);
        return new Issued(id, link, expires);
    }

    public List<InvitationView> list() {
        var me = requireInviter();
        return jdbc.sql(SELECT + " WHERE (:all OR i.inviter_agency = :mine) ORDER BY i.id DESC LIMIT 200")
                .param("all", me.isAdmin()).param("mine", me.agencyId()).param("now", today.now())
                .query(this::map).list();
    }

    /** A new link for an invitation not yet taken up (also an expired one); the old link stops working. */
    @Transactional
    public Issued resend(long id, int version, String linkBase) {
        var invitation = visible(id);
        if (!invitation.resendable()) {
            throw InvalidInput.of("status", "invitation.notPending");
        }
        String token = newToken();
        var expires = today.now().plus(VALID);
        int updated = jdbc.sql("""
                        UPDATE invitation SET token_hash = ?, expires_at = ?, version = version + 1
                        WHERE id = ? AND version = ? AND status = 'PENDING'""")
                .params(hash(token), expires, id, version).update();
        if (updated == 0) {
            throw new EditConflict("invitation", id);
        }
        audit.action("invitation", id, "RESEND", null, Map.of(), Map.of("expiresAt", expires.toString()));
        String link = link(linkBase, token);
        tell(invitation.username(), invitation.fullName(), invitation.phone(), invitation.email(), invitation.agencyName(), link, expires);
        return new Issued(id, link, expires);
    }

    @Transactional
    public void revoke(long id, int version) {
        var invitation = visible(id);
        if (!invitation.revocable()) {
            throw InvalidInput.of("status", "invitation.notPending");
        }
        int updated = jdbc.sql("""
                        UPDATE invitation SET status = 'REVOKED', token_hash = NULL, version = version + 1
                        WHERE id = ? AND version = ? AND status = 'PENDING'""")
                .params(id, version).update();
        if (updated == 0) {
            throw new EditConflict("invitation", id);
        }
        audit.action("invitation", id, "REVOKE", null, Map.of("status", invitation.status()), Map.of("status", "REVOKED"));
    }

    /** What the link's page shows before the invitee sets a password; empty for an unknown, used or revoked link. */
    public Optional<InvitationView> opened(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE i.token_hash = :hash AND i.status = 'PENDING'")
                .param("hash", hash(token)).param("now", today.now()).query(this::map).optional();
    }

    /** The invitation a link still opens, for its page (web or API) before the invitee sets a password. */
    InvitationView open(String token) {
        var invitation = opened(token).orElseThrow(() -> new LinkClosed(false));
        if (invitation.status() == InvitationView.Status.EXPIRED) {
            throw new LinkClosed(true);
        }
        return invitation;
    }

    /**
     * What the invitee sends to take an invitation up: the password twice, as the page asks. {@code username} is the
     * invitation's, fixed by the inviter; the page sends it back for password managers, and a different one is refused.
     */
    @io.swagger.v3.oas.annotations.media.Schema(description = "Taking up an invitation: the password the invitee chose, twice")
    public record Acceptance(
            @io.swagger.v3.oas.annotations.media.Schema(description = "Optional: the invitation's username (another one is refused)") String username,
            @io.swagger.v3.oas.annotations.media.Schema(description = "At least 10 characters, not a common or guessable one (ADR 0011)") String password,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The same password again") String confirmPassword) {
    }

    /**
     * The invitee takes the invitation up with the password they chose (the usual policy, ADR 0011): their account is
     * made and the link is spent, or nothing happens. Throws {@link LinkClosed} for a link that is spent, unknown or
     * expired, including one spent by a concurrent taker.
     */
    @Transactional
    public String accept(String token, Acceptance acceptance) {
        var invitation = open(token);
        if (acceptance.username() != null && !acceptance.username().isBlank()
                && !acceptance.username().trim().equalsIgnoreCase(invitation.username())) {
            throw InvalidInput.of("username", "invitation.username.fixed", invitation.username());
        }
        if (blank(acceptance.password())) {
            throw InvalidInput.of("password", "field.required");
        }
        if (!acceptance.password().equals(acceptance.confirmPassword())) {
            throw InvalidInput.of("confirmPassword", "password.mismatch");
        }
        String password = acceptance.password();
        // one taker: the row is claimed before the account is made, so two tabs (or two calls) cannot both use the link;
        // a refused password rolls the claim back with the rest
        int claimed = jdbc.sql("UPDATE invitation SET status = 'ACCEPTED', token_hash = NULL, accepted_at = ?, version = version + 1 "
                        + "WHERE id = ? AND status = 'PENDING'")
                .params(today.now(), invitation.id()).update();
        if (claimed == 0) {
            throw new LinkClosed(false);
        }
        long userId = audit.actingAs(invitation.username(), () -> {
            long created = accounts.createInvited(new Accounts.NewUser(invitation.username(), invitation.fullName(), invitation.email(),
                    invitation.phone(), password, invitation.agencyId(), Set.of(invitation.role()), invitation.regionCodes()), false);
            audit.action("invitation", invitation.id(), "ACCEPT", null, Map.of("status", "PENDING"), Map.of("status", "ACCEPTED"));
            return created;
        });
        jdbc.sql("UPDATE invitation SET user_id = ? WHERE id = ?").params(userId, invitation.id()).update();
        return invitation.username();
    }

    private InvitationView visible(long id) {
        var me = requireInviter();
        return jdbc.sql(SELECT + " WHERE i.id = :id AND (:all OR i.inviter_agency = :mine)")
                .param("id", id).param("all", me.isAdmin()).param("mine", me.agencyId()).param("now", today.now())
                .query(this::map).optional().orElseThrow(() -> new NotFound("invitation", id));
    }

    private static final String SELECT = """
            SELECT i.*, a.name AS agency_name, (i.status = 'PENDING' AND i.expires_at < :now) AS expired
            FROM invitation i JOIN identity_agency a ON a.id = i.agency_id""";

    private InvitationView map(ResultSet rs, int row) throws SQLException {
        var status = rs.getBoolean("expired") ? InvitationView.Status.EXPIRED : InvitationView.Status.valueOf(rs.getString("status"));
        var codes = rs.getArray("region_codes");
        return new InvitationView(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("email"),
                rs.getString("phone"), rs.getLong("agency_id"), rs.getString("agency_name"), Role.valueOf(rs.getString("role")),
                codes == null ? List.of() : Arrays.asList((String[]) codes.getArray()), status, rs.getBoolean("temporary_password"),
                rs.getString("invited_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("accepted_at", OffsetDateTime.class), rs.getInt("version"));
    }

    /** A username another agency's live invitation holds for its invitee. */
    private boolean heldElsewhere(String username, CurrentUser me) {
        return jdbc.sql("""
                        SELECT count(*) FROM invitation WHERE status = 'PENDING' AND lower(username) = lower(?) AND expires_at >= ?
                          AND inviter_agency IS DISTINCT FROM ?""")
                .params(username, today.now(), me.agencyId()).query(Integer.class).single() > 0;
    }

    private List<String> agencyCodes(long agencyId) {
        var codes = jdbc.sql("SELECT region_codes FROM identity_agency WHERE id = ?").param(agencyId)
                .query((rs, i) -> rs.getArray(1)).single();
        try {
            return codes == null ? List.of() : Arrays.asList((String[]) codes.getArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Through the platform's messages (WhatsApp/e-mail as configured); the inviter also sees the link once to pass on by hand. */
    private void tell(String username, String fullName, String phone, String email, String agencyName, String link, OffsetDateTime expires) {
        String until = expires.atZoneSameInstant(today.clock().getZone()).format(DateTimeFormatter.ISO_LOCAL_DATE);
        notifications.send(link == null
                ? Message.toAddress(phone, email, "invitation.message.temporary", List.of(fullName, agencyName, username))
                : Message.toAddress(phone, email, "invitation.message", List.of(fullName, agencyName, link, until)));
    }

    private static String link(String base, String token) {
        return (base == null ? "" : base) + "/undangan/terima/" + token;
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> state(String username, long agencyId, Role role, List<String> codes, boolean temporary) {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", username);
        state.put("agencyId", agencyId);
        state.put("role", role.name());
        state.put("regionCodes", new ArrayList<>(codes));
        state.put("temporaryPassword", temporary);
        return state;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
