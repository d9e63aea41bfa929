package id.naikkelas.registry;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.PhoneRule;
import org.springframework.stereotype.Component;

/** Accounts store phones as the registry does: {@link PhoneNumbers}' E.164 form, with its reasons when it is none. */
@Component
class AccountPhones implements PhoneRule {

    @Override
    public String canonical(String raw, String field, InvalidInput.Collector problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var check = PhoneNumbers.check(raw);
        check.problems().forEach(p -> problems.add(field, p.code(), p.argsArray()));
        return check.e164();
    }
}
