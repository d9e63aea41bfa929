package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.Assignments;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17: {@code requireVisible} is the cheap form of {@code get}'s access check, so for every kind of user it
 * answers as {@code get} does: passes where the business can be read, not found where it cannot (other region,
 * facilitator not assigned, another person's business, no such business).
 */
@IntegrationTest
class RequireVisibleTest {

    private static final List<String> USERS = List.of("admin", "petugas.palangkaraya", "petugas.dumai", "manajer.dumai",
            "pendamping.palangkaraya", "pemilik.demo", "mitra.demo", "pembeli.demo");

    @Autowired
    Businesses businesses;
    @Autowired
    JdbcClient jdbc;

    @Test
    void answersAsTheFullReadDoesForEveryKindOfUser() {
        long id = AsUser.call("petugas.palangkaraya", () -> businesses.register(business(), null));
        expectSameAnswers(id);
        assertThat(visible("petugas.palangkaraya", id)).isTrue();
        assertThat(visible("petugas.dumai", id)).isFalse();
        assertThat(visible("pendamping.palangkaraya", id)).isFalse();

        Assignments.assign(jdbc, "pendamping.palangkaraya", id);
        expectSameAnswers(id);
        assertThat(visible("pendamping.palangkaraya", id)).isTrue();

        Assignments.unassign(jdbc, "pendamping.palangkaraya", id);
        assertThat(visible("pendamping.palangkaraya", id)).isFalse();
    }

    @Test
    void anOwnerSeesTheirOwnBusinessOnly() {
        long own = AsUser.call("pemilik.demo", () -> businesses.register(business(), null));
        long other = AsUser.call("petugas.palangkaraya", () -> businesses.register(business(), null));
        assertThat(visible("pemilik.demo", own)).isTrue();
        assertThat(visible("pemilik.demo", other)).isFalse();
        expectSameAnswers(own);
    }

    @Test
    void aBusinessThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> AsUser.run("admin", () -> businesses.requireVisible(Long.MAX_VALUE))).isInstanceOf(NotFound.class);
    }

    private void expectSameAnswers(long id) {
        for (String user : USERS) {
            assertThat(visible(user, id)).as(user).isEqualTo(readable(user, id));
        }
    }

    private boolean visible(String user, long id) {
        try {
            AsUser.run(user, () -> businesses.requireVisible(id));
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    private boolean readable(String user, long id) {
        try {
            AsUser.run(user, () -> businesses.get(id));
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    private static BusinessData business() {
        return new BusinessData("Amplang Terlihat " + UUID.randomUUID().toString().substring(0, 6), LegalForm.PERORANGAN, null, null,
                List.of(), Sector.PROCESSED_FOOD, "Jl. Uji", "62.71.01.1001", null, null, 2, 2020, null, new BigDecimal("50000000"),
                Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Pemilik Terlihat", null, "P", null, null));
    }
}
