package id.naikkelas.identity;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.EditConflict;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.TextLimits;
import id.naikkelas.common.Today;
import id.naikkelas.reference.Regions;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Creating and changing user accounts; every change is audited. */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Today today;
    private final Regions regions;
    private final PhoneRule phones;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, Regions regions, Today today, PhoneRule phones) {
        this.today = today;
        this.phones = phones;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.regions = regions;
    }

    /** E-mail and phone are the columns' varchar(200) and (20); the username has its own pattern. */
    public record NewUser(String username, @Size(max = TextLimits.NAME) String fullName,
                          @Size(max = 200) String email, @Size(max = 20) String phone, String password,
                          Long agencyId, Set<Role> roles, List<String> regionCodes) {
    }

    public record UserChange(@Size(max = TextLimits.NAME) String fullName, @Size(max = 200) String email, @Size(max = 20) String phone, Long agencyId, Set<Role> roles,
                             List<String> regionCodes, boolean enabled, int version) {
    }

    @Transactional
    public long create(NewUser user) {
        return create(user, true);
    }

    /**
     * An invited person's account (ADR 0015): with the password they chose from their link, or with a temporary one their
     * manager set, which they must change at their first sign-in. Checked like any new account.
     */
    @Transactional
    public long createInvited(NewUser user, boolean temporaryPassword) {
        long id = create(user, true);
        if (temporaryPassword) {
            jdbc.sql("UPDATE app_user SET must_change_password = true WHERE id = ?").param(id).update();
        }
        return id;
    }

    /** The roles a stranger may give themselves: a buyer organisation, which an officer verifies before it may ask. */
    private static final Set<Role> SELF_SERVICE = Set.of(Role.BUYER);

    /**
     * An account a person made for themselves on a public form: only a self-service role, no agency or jurisdiction,
     * and reachable: e-mail and phone both given, neither already on another account (they are how the person is
     * told of the officer's decision, and a second account on one address is how a refused one comes back).
     */
    @Transactional
    public long createSelfRegistered(NewUser user) {
        if (user.roles() == null || user.roles().isEmpty() || !SELF_SERVICE.containsAll(user.roles())
                || user.agencyId() != null || user.regionCodes() != null && !user.regionCodes().isEmpty()) {
            throw new IllegalArgumentException("not a self-service account: " + user.roles());
        }
        return create(user, true, null, (problems, phone) -> {
            if (blankToNull(user.email()) == null) {
                problems.add("email", "field.required");
            } else if (!problems.has("email") && contactTaken("lower(email) = lower(?)", user.email().trim())) {
                problems.add("email", "user.email.taken");
            }
            if (blankToNull(user.phone()) == null) {
                problems.add("phone", "field.required");
            } else if (phone != null && contactTaken("phone = ?", phone)) {
                // stored phones are canonical (PhoneRule, V92), so one number is one value however it was typed
                problems.add("phone", "user.phone.taken");
            }
        });
    }

    private boolean contactTaken(String condition, String value) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE " + condition + ")").param(value).query(Boolean.class).single();
    }

    /** Demo mode only: the demo accounts' password is published on purpose, so the strength check would refuse it. */
    long createDemo(NewUser user) {
        // every demo account has the one published password: hashed once, not once per account
        return create(user, false, demoHashes.computeIfAbsent(user.password(), encoder::encode));
    }

    private final java.util.Map<String, String> demoHashes = new java.util.concurrent.ConcurrentHashMap<>();

    private long create(NewUser user, boolean checkPassword) {
        return create(user, checkPassword, null, (problems, phone) -> { });
    }

    private long create(NewUser user, boolean checkPassword, String passwordHash) {
        return create(user, checkPassword, passwordHash, (problems, phone) -> { });
    }

    /** {@code moreChecks} gets the phone in its canonical form (null when none or not a phone number). */
    private long create(NewUser user, boolean checkPassword, String passwordHash,
                        java.util.function.BiConsumer<InvalidInput.Collector, String> moreChecks) {
        var problems = new InvalidInput.Collector().check(user);
        String phone = problems.has("phone") ? null : phones.canonical(user.phone(), "phone", problems);
        String username = user.username() == null ? "" : user.username().trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            problems.add("username", "user.username.format");
        } else if (usernameTaken(username)) {
            problems.add("username", "user.username.taken");
        }
        checkProfile(user.fullName(), user.email(), user.roles(), user.regionCodes(), user.agencyId(), problems);
        moreChecks.accept(problems, phone);
        if (checkPassword) {
            PasswordPolicy.check("password", user.password(), username, Arrays.asList(user.fullName(), user.email()), problems);
        }
        problems.throwIfAny();

        long id = jdbc.sql("""
                        INSERT INTO app_user (username, full_name, email, phone, password_hash, agency_id, roles, region_codes)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(username, user.fullName().trim(), blankToNull(user.email()), phone,
                        passwordHash != null ? passwordHash : encoder.encode(user.password()), user.agencyId(), names(user.roles()), codes(user.regionCodes()))
                .query(Long.class).single();
        audit.created("user", id, null, state(username, user.fullName(), user.email(), user.agencyId(), user.roles(), user.regionCodes(), true));
        return id;
    }

    @Transactional
    public void update(long id, UserChange change) {
        var before = find(id).orElseThrow(() -> new NotFound("user", id));
        var problems = new InvalidInput.Collector().check(change);
        checkProfile(change.fullName(), change.email(), change.roles(), change.regionCodes(), change.agencyId(), problems);
        String phone = problems.has("phone") ? null : phones.canonical(change.phone(), "phone", problems);
        problems.throwIfAny();
        int updated = jdbc.sql("""
                        UPDATE app_user SET full_name = ?, email = ?, phone = ?, agency_id = ?, roles = ?, region_codes = ?,
                            enabled = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(change.fullName().trim(), blankToNull(change.email()), phone, change.agencyId(),
                        names(change.roles()), codes(change.regionCodes()), change.enabled(), id, change.version())
                .update();
        if (updated == 0) {
            throw new EditConflict("user", id);
        }
        audit.changed("user", id, null,
                state(before.username(), before.fullName(), before.email(), before.agencyId(), before.roles(), before.regionCodes(), before.enabled()),
                state(before.username(), change.fullName(), change.email(), change.agencyId(), change.roles(), change.regionCodes(), change.enabled()));
    }

    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        var account = jdbc.sql("SELECT password_hash, full_name, email FROM app_user WHERE lower(username) = lower(?)")
                .param(username).query((rs, i) -> new Holder(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> new NotFound("user", username));
        var problems = new InvalidInput.Collector();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            problems.add("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", newPassword, username, Arrays.asList(account.fullName(), account.email()), problems);
        if (!problems.has("currentPassword") && newPassword != null && newPassword.equals(currentPassword)) {
            problems.add("newPassword", "password.same");
        }
        problems.throwIfAny();
        long id = jdbc.sql("""
                        UPDATE app_user SET password_hash = ?, password_changed_at = now(), must_change_password = false
                        WHERE lower(username) = lower(?) RETURNING id""")
                .params(encoder.encode(newPassword), username).query(Long.class).single();
        audit.action("user", id, "PASSWORD_CHANGE", null, Map.of(), Map.of());
    }

    private record Holder(String passwordHash, String fullName, String email) {
    }

    /**
     * Signs the person out everywhere but in {@code keptSessionId} (null: everywhere): after a password change,
     * whoever knew the old password and signed in with it keeps no session.
     */
    @Transactional
    public void endSessions(String username, String keptSessionId) {
        jdbc.sql("DELETE FROM spring_session WHERE lower(principal_name) = lower(?) AND session_id IS DISTINCT FROM ?")
                .params(username, keptSessionId).update();
    }

    /** An administrator sets a new password for a user (e.g. a forgotten one) and unlocks the account. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        var user = find(id).orElseThrow(() -> new NotFound("user", id));
        var problems = new InvalidInput.Collector();
        PasswordPolicy.check("password", newPassword, user.username(), Arrays.asList(user.fullName(), user.email()), problems);
        problems.throwIfAny();
        jdbc.sql("UPDATE app_user SET password_hash = ?, password_changed_at = now(), failed_logins = 0, locked_until = NULL WHERE id = ?")
                .params(encoder.encode(newPassword), id).update();
        audit.action("user", id, "PASSWORD_RESET", null, Map.of(), Map.of());
        endSessions(user.username(), null);
    }

    /** Remembers the language a person picked (English, or Indonesian for anything else), for what is sent to them later. */
    public void rememberLanguage(String username, java.util.Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "id";
        jdbc.sql("UPDATE app_user SET language = ? WHERE username = ? AND language <> ?").params(language, username, language).update();
    }

    /** The language to write to a person in: the one they last picked, Indonesian by default or for an unknown name. */
    public java.util.Locale language(String username) {
        return jdbc.sql("SELECT language FROM app_user WHERE username = ?").param(username).query(String.class).optional()
                .map(java.util.Locale::forLanguageTag).orElse(java.util.Locale.forLanguageTag("id"));
    }

    /** Where and how to reach a person: e-mail and phone (either may be null), language, and the first region they work in. */
    public record Contact(String email, String phone, java.util.Locale language, String regionCode) {
    }

    /** For messages to a person (notification module): their addresses, read here because the published view leaves them out. */
    public java.util.Optional<Contact> contact(String username) {
        return jdbc.sql("SELECT email, phone, language, region_codes[1] FROM app_user WHERE username = ? AND enabled")
                .param(username)
                .query((rs, i) -> new Contact(rs.getString(1), rs.getString(2), java.util.Locale.forLanguageTag(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(?)").param(username.trim())
                .query(Integer.class).single() > 0;
    }

    public java.util.Optional<UserView> find(long id) {
        return jdbc.sql(UserView.SELECT + " WHERE u.id = ?").param(id).query(UserView.mapper(today.now())).optional();
    }

    public List<UserView> list(String query, int limit) {
        String q = query == null ? "" : query.trim();
        return jdbc.sql(UserView.SELECT + """
                         WHERE (? = '' OR u.username ILIKE '%' || ? || '%' OR u.full_name ILIKE '%' || ? || '%')
                        ORDER BY u.username LIMIT ?""")
                .params(q, q, q, limit).query(UserView.mapper(today.now())).list();
    }

    private void checkProfile(String fullName, String email, Set<Role> roles, List<String> regionCodes, Long agencyId,
                              InvalidInput.Collector problems) {
        if (fullName == null || fullName.isBlank()) {
            problems.add("fullName", "field.required");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
            problems.add("email", "field.email");
        }
        if (roles == null || roles.isEmpty()) {
            problems.add("roles", "user.roles.required");
        }
        for (String code : regionCodes == null ? List.<String>of() : regionCodes) {
            if (!regions.exists(code)) {
                problems.add("regionCodes", "region.unknown", code);
            }
        }
        if (agencyId != null && jdbc.sql("SELECT count(*) FROM agency WHERE id = ?").param(agencyId).query(Integer.class).single() == 0) {
            problems.add("agencyId", "agency.unknown");
        }
    }

    private static Map<String, Object> state(String username, String fullName, String email, Long agencyId, Set<Role> roles,
                                             List<String> regionCodes, boolean enabled) {
        var state = new LinkedHashMap<String, Object>();
        state.put("username", username);
        state.put("fullName", fullName);
        state.put("email", email);
        state.put("agencyId", agencyId);
        state.put("roles", List.of(names(roles)));
        state.put("regionCodes", regionCodes == null ? List.of() : List.copyOf(new java.util.TreeSet<>(regionCodes)));
        state.put("enabled", enabled);
        return state;
    }

    private static String[] names(Set<Role> roles) {
        return roles == null ? new String[0] : roles.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    private static String[] codes(List<String> codes) {
        return codes == null ? new String[0] : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).distinct().toArray(String[]::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
