package id.naikkelas.registry;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.StatementCount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry's list reads the database a fixed number of times, whether it finds 5 businesses or a full page (issue 17). */
@IntegrationTest
class RegistryListQueriesTest {

    static final String OFFICER = "petugas.palangkaraya";
    static final int BOUND = 30;

    @Autowired
    Businesses businesses;
    @Autowired
    MockMvc mvc;

    @Test
    void theBusinessListReadsAsOftenForAFullPageAsForFive() throws Exception {
        String word = "Rimbunan" + (char) ('a' + System.nanoTime() % 26) + (char) ('a' + System.nanoTime() / 7 % 26);
        add(word, 5);
        var five = StatementCount.during(() -> mvc.perform(get("/usaha").param("q", word).with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isOk()));
        add(word, 45);
        var fifty = StatementCount.during(() -> mvc.perform(get("/usaha").param("q", word).with(user(OFFICER).roles("OFFICER")))
                .andExpect(status().isOk()));

        System.out.printf("[statements] /usaha: 5 found %d, 50 found (a page of %d) %d%n", five.count(), BusinessController.PAGE_SIZE,
                fifty.count());
        assertThat(fifty.count()).as("5 found: %s%n50 found: %s", five, fifty).isEqualTo(five.count()).isLessThan(BOUND);
    }

    private void add(String word, int count) {
        for (int i = 0; i < count; i++) {
            String name = "Dodol " + word + " " + i;
            AsUser.run(OFFICER, () -> businesses.register(new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(),
                    Sector.PROCESSED_FOOD, "Jl. Uji", "62.71.01.1001", null, null, 2, 2020, null, new BigDecimal("90000000"),
                    Premises.RESIDENCE, Equipment.MANUAL, 1, 1, new BusinessData.OwnerData("Pemilik " + name, null, null, null, null)), null));
        }
    }
}
