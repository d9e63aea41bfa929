package id.naikkelas.market;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.PublicForms;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A hotel, restaurant, retailer, exporter or caterer registers itself: a buyer account (identity checks the name,
 * password strength and that e-mail and phone are not on another account) and its organisation, waiting for the
 * officer of its regency. It may sign in, see its status and keep favourites at once; it asks for quotes only once
 * verified. Like the public complaint form, a network address registers at most a few organisations per window
 * ({@code naikkelas.market.registration.*}); the address is kept only as a hash.
 */
@Service
class BuyerRegistration {

    /** The account's fields as the registration form names them. */
    private static final Map<String, String> ACCOUNT_FIELDS = Map.of("fullName", "contactPerson");

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Buyers buyers;
    private final AuditTrail audit;
    private final Today today;
    private final int perAddress;
    private final Duration window;

    BuyerRegistration(JdbcClient jdbc, Accounts accounts, Buyers buyers, AuditTrail audit, Today today,
                      @Value("${naikkelas.market.registration.per-address:5}") int perAddress,
                      @Value("${naikkelas.market.registration.window:PT1H}") Duration window) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.buyers = buyers;
        this.audit = audit;
        this.today = today;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Registers the organisation and its account together, or neither; every field's problem is told at once. */
    @Transactional
    public long register(BuyerRegistrationForm form, String address) {
        String sourceHash = PublicForms.addressHash("buyer-registration", address);
        long recent = jdbc.sql("SELECT count(*) FROM market_buyer WHERE source_hash = ? AND registered_at > ?")
                .params(sourceHash, today.now().minus(window)).query(Long.class).single();
        if (recent >= perAddress) {
            throw InvalidInput.of("organisation", "market.registration.tooMany", window.toMinutes());
        }
        var problems = new InvalidInput.Collector().check(form);
        String nib = buyers.checkDetails(form.regionCode(), form.nib(), problems);
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        Long userId = null;
        try {
            // the account checks the phone, stores it canonical (+62…) and refuses one already taken
            userId = audit.actingAs(username, () -> accounts.createSelfRegistered(new Accounts.NewUser(form.username(),
                    form.contactPerson(), form.email(), form.phone(), form.password(), null, Set.of(Role.BUYER), List.of())));
        } catch (InvalidInput e) {
            e.violations().stream().map(v -> new InvalidInput.Violation(ACCOUNT_FIELDS.getOrDefault(v.field(), v.field()), v.code(), v.args()))
                    .filter(v -> !problems.has(v.field()))
                    .forEach(v -> problems.add(v.field(), v.code(), v.args().toArray()));
        }
        problems.throwIfAny(); // also after the account was made: the transaction takes it back
        long id = userId;
        jdbc.sql("""
                        INSERT INTO market_buyer (user_id, organisation, type, region_code, address, nib, registered_at, source_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, form.organisation().strip(), form.type().name(), Buyers.regencyOf(form.regionCode()), form.address().strip(), nib, today.now(),
                        sourceHash).update();
        audit.actingAs(username, () -> {
            String region = Buyers.regencyOf(form.regionCode());
            audit.created("buyer", id, region, Map.of("organisation", form.organisation().strip(), "type", form.type().name(),
                    "regionCode", region, "registered", true));
            return null;
        });
        return id;
    }
}
