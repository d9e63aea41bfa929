package id.naikkelas.notification;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of the daily reminders writes to each recipient in their own language (the account's choice, Indonesian by
 * default), and reads those languages with the recipients: its statements do not grow with the number of reminders.
 */
@IntegrationTest
class ReminderLanguageTest {

    @Autowired Reminders reminders;
    @Autowired List<ReminderRule> rules;
    @Autowired Accounts accounts;
    @Autowired Businesses businesses;
    @Autowired JdbcClient jdbc;

    @Test
    void eachRecipientOfOneRunGetsTheirOwnLanguageWithoutAQueryPerRecipient() throws Exception {
        String stamp = UUID.randomUUID().toString().substring(0, 8);
        long agency = jdbc.sql("SELECT agency_id FROM app_user WHERE username = 'petugas.dumai'").query(Long.class).single();
        String owner = "pemilik.bahasa." + stamp;
        String officer = "petugas.bahasa." + stamp;
        long ownerId = AsUser.call("admin", () -> accounts.create(new Accounts.NewUser(owner, "Owner " + stamp, null, null,
                "Kelakai-Renyah-Goreng-7", null, Set.of(Role.OWNER), List.of())));
        AsUser.call("admin", () -> accounts.create(new Accounts.NewUser(officer, "Petugas " + stamp, null, null,
                "Kelakai-Renyah-Goreng-7", agency, Set.of(Role.OFFICER), List.of("14.72.01"))));
        // the owner reads the platform in English; the officer never chose, so Indonesian
        jdbc.sql("UPDATE app_user SET language = 'en' WHERE username = ?").param(owner).update();
        long business = AsUser.call("petugas.dumai", () -> businesses.register(new BusinessData("Keripik Bahasa " + stamp, LegalForm.PERORANGAN,
                null, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Uji 1", "14.72.01.1006", null, null, 2, 2020, null,
                new BigDecimal("90000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Owner " + stamp, null, "P", null, null)), null));
        jdbc.sql("UPDATE owner SET user_id = ? WHERE id = (SELECT owner_id FROM business WHERE id = ?)").params(ownerId, business).update();
        var day = LocalDate.of(2031, 11, 10);
        String number = "P-" + stamp;
        jdbc.sql("""
                        INSERT INTO permit (business_id, region_code, type, number, issued_on, expires_on)
                        SELECT id, region_code, 'PIRT', ?, ?, ? FROM business WHERE id = ?""")
                .params(number, day.minusYears(4), LocalDate.of(2031, 12, 10), business).update();

        var due = new ArrayList<Message>();
        var statements = StatementCount.during(() -> due.addAll(reminders.due(day)));

        Map<String, String> expiryByRecipient = due.stream().filter(m -> m.args().get(0).endsWith(number))
                .filter(m -> m.username().equals(owner) || m.username().equals(officer))
                .collect(Collectors.toMap(Message::username, m -> m.args().get(2)));
        assertThat(expiryByRecipient).containsOnly(Map.entry(owner, "10 Dec 2031"), Map.entry(officer, "10 Des 2031"));
        assertThat(statements.count()).as("one read per rule, the languages with the recipients: %s", statements).isEqualTo(rules.size());
    }
}
