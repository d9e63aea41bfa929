package id.naikkelas.registry;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An owner creates an account and a draft business in one step; an officer of the business's
 * region verifies it later. Either both are created or neither.
 */
@Service
class Signup {

    /** Account fields that the signup form shows as the owner's fields. */
    static final Map<String, String> ACCOUNT_FIELDS = Map.of("fullName", "owner.fullName", "email", "owner.email", "phone", "owner.phone");

    private final Accounts accounts;
    private final Businesses businesses;
    private final RegistryValidation validation;
    private final AuditTrail audit;

    Signup(Accounts accounts, Businesses businesses, RegistryValidation validation, AuditTrail audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.businesses = businesses;
        this.validation = validation;
    }

    @Transactional
    long register(SignupForm form) {
        var violations = new ArrayList<InvalidInput.Violation>();
        BusinessData data = null;
        try {
            data = form.toData();
            validation.business(data);
        } catch (InvalidInput e) {
            violations.addAll(e.violations());
        }
        String username = form.getUsername() == null ? "" : form.getUsername().trim().toLowerCase(java.util.Locale.ROOT);
        BusinessData parsed = data;
        return audit.actingAs(username, () -> create(form, parsed, violations));
    }

    private long create(SignupForm form, BusinessData data, List<InvalidInput.Violation> violations) {
        Long userId = null;
        try {
            var owner = form.getOwner();
            userId = accounts.create(new Accounts.NewUser(form.getUsername(), owner.getFullName(), owner.getEmail(),
                    owner.getPhone(), form.getPassword(), null, Set.of(Role.OWNER), List.of()));
        } catch (InvalidInput e) {
            e.violations().stream()
                    .filter(v -> violations.stream().noneMatch(seen -> seen.field().equals(ACCOUNT_FIELDS.getOrDefault(v.field(), v.field()))))
                    .map(v -> new InvalidInput.Violation(ACCOUNT_FIELDS.getOrDefault(v.field(), v.field()), v.code(), v.args()))
                    .forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return businesses.registerForNewOwner(data, userId, form.getUsername());
    }
}
