package id.naikkelas.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * On an empty production database nobody could sign in: when no account exists yet and
 * NAIKKELAS_ADMIN_PASSWORD is set, the account "admin" is created with it (the password policy applies).
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final String password;

    FirstAdministrator(Accounts accounts, @Value("${naikkelas.admin.initial-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.usernameTaken("admin") || !accounts.list("", 1).isEmpty()) {
            return;
        }
        accounts.create(new Accounts.NewUser("admin", "Administrator", null, null, password, null, Set.of(Role.ADMIN), List.of()));
        log.info("Created the first administrator account 'admin'");
    }
}
