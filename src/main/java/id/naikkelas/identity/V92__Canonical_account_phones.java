package id.naikkelas.identity;

import id.naikkelas.common.InvalidInput;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Accounts' phones written before {@link PhoneRule} was applied everywhere ("0812-3456-7890" by an administrator,
 * "+6281234567890" by a registration) become the one canonical form, so the duplicate check sees them. Nothing is
 * lost: a value that is no Indonesian number stays as typed, and accounts that turn out to share a number keep it;
 * both are reported in the log by account id (not the number) for an administrator to sort out, never a failed start.
 */
@Component
class V92__Canonical_account_phones extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V92__Canonical_account_phones.class);

    private final PhoneRule phones;

    V92__Canonical_account_phones(PhoneRule phones) {
        this.phones = phones;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var report = normalise(context.getConnection());
        if (!report.unreadable().isEmpty()) {
            log.warn("V92: {} account phone(s) are no Indonesian number and were left as typed, accounts {}",
                    report.unreadable().size(), report.unreadable());
        }
        report.shared().forEach(ids -> log.warn("V92: accounts {} share one phone number (kept on each)", ids));
        log.info("V92: {} account phone(s) rewritten to +62…", report.rewritten());
    }

    /** What the rewrite did: how many changed, which accounts' values are no number, which accounts share one. */
    record Report(int rewritten, List<Long> unreadable, List<List<Long>> shared) {
    }

    Report normalise(Connection connection) throws SQLException {
        int rewritten = 0;
        var unreadable = new ArrayList<Long>();
        var byNumber = new TreeMap<String, List<Long>>();
        try (var read = connection.createStatement();
             var rows = read.executeQuery("SELECT id, phone FROM app_user WHERE phone IS NOT NULL ORDER BY id");
             var write = connection.prepareStatement("UPDATE app_user SET phone = ? WHERE id = ?")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String stored = rows.getString(2);
                String canonical = phones.canonical(stored, "phone", new InvalidInput.Collector());
                if (canonical == null) {
                    if (!stored.isBlank()) {
                        unreadable.add(id);
                    }
                    continue;
                }
                byNumber.computeIfAbsent(canonical, n -> new ArrayList<>()).add(id);
                if (!canonical.equals(stored)) {
                    write.setString(1, canonical);
                    write.setLong(2, id);
                    write.addBatch();
                    rewritten++;
                }
            }
            write.executeBatch();
        }
        try (var ddl = connection.createStatement()) {
            // the self-registration check looks a number up (Accounts.createSelfRegistered)
            ddl.execute("CREATE INDEX IF NOT EXISTS app_user_phone ON app_user (phone) WHERE phone IS NOT NULL");
        }
        return new Report(rewritten, unreadable, byNumber.values().stream().filter(ids -> ids.size() > 1).toList());
    }
}
