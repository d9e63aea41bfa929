package id.naikkelas.certification;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public permit self-check (/cek-izin and POST /api/v1/permit-check), used without an account. */
@IntegrationTest
class PermitCheckTest {

    @Autowired
    MockMvc mvc;

    /** A plain home snack: cassava chips, fried, made at home by hand, 60 days, micro, no NIB yet. */
    private static final String SNACK = "/cek-izin/hasil?productName=Keripik%20Singkong&sector=PROCESSED_FOOD&kind=GOODS"
            + "&foodCategory=15.0&irtFoodType=09&shelfLifeDays=60&storage=AMBIENT&preservation=FRYING&madeAtHome=true"
            + "&equipment=MANUAL&ingredientsHalalCertain=true&separateHalalFacility=true&hasNib=false"
            + "&annualSales=120000000&productionSites=1&outlets=1&brand=Renyah&asOf=2026-06-01";

    @Test
    void anyoneOpensTheQuestionnaireWithoutAnAccount() throws Exception {
        mvc.perform(get("/cek-izin"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cek izin untuk produk Anda")))
                .andExpect(content().string(containsString("data-show-if=\"sector=PROCESSED_FOOD|BEVERAGE\"")))
                .andExpect(content().string(containsString("belum dikonfirmasi")));
        mvc.perform(get(java.net.URI.create(SNACK))).andExpect(status().isOk());
    }

    @Test
    void aHomeSnackNeedsAnNibThenPkpThenPirtThenHalalSelfDeclareInThatOrder() throws Exception {
        String page = mvc.perform(get(java.net.URI.create(SNACK))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Izin untuk Keripik Singkong")))
                .andExpect(content().string(containsString("jalur self-declare")))
                .andExpect(content().string(containsString("Gratis di Dinas Kesehatan")))
                .andExpect(content().string(containsString("1 Juni 2026")))
                .andExpect(content().string(containsString("/daftar?name=Renyah&amp;sector=PROCESSED_FOOD")))
                .andReturn().getResponse().getContentAsString();
        int nib = page.indexOf("id=\"izin-nib\"");
        int pkp = page.indexOf("id=\"izin-PKP\"");
        int pirt = page.indexOf("id=\"izin-PIRT\"");
        int halal = page.indexOf("id=\"izin-HALAL\"");
        int trademark = page.indexOf("id=\"izin-TRADEMARK\"");
        int notNeeded = page.indexOf("Tidak diperlukan untuk produk ini");
        int md = page.indexOf("id=\"izin-BPOM_MD\"");
        org.assertj.core.api.Assertions.assertThat(new int[] {nib, pkp, pirt, halal, trademark, notNeeded, md}).isSorted();
        org.assertj.core.api.Assertions.assertThat(nib).isPositive();

        mvc.perform(post("/api/v1/permit-check").contentType(MediaType.APPLICATION_JSON).content("""
                        {"productName": "Keripik Singkong", "sector": "PROCESSED_FOOD", "foodCategory": "15.0", "irtFoodType": "09",
                         "shelfLifeDays": 60, "preservation": ["FRYING"], "madeAtHome": true, "equipment": "MANUAL",
                         "ingredientsHalalCertain": true, "separateHalalFacility": true, "hasNib": true,
                         "annualSales": 120000000, "asOf": "2026-06-01"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].key").value("PKP"))
                .andExpect(jsonPath("$.steps[1].key").value("PIRT"))
                .andExpect(jsonPath("$.steps[1].outcome").value("REQUIRED"))
                .andExpect(jsonPath("$.steps[2].key").value("HALAL"))
                .andExpect(jsonPath("$.steps[2].route").value("SELF_DECLARE"))
                .andExpect(jsonPath("$.steps[2].criteria[?(@.id == 'single-preservation')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.steps[*].key", not(hasItem("nib"))))
                .andExpect(jsonPath("$.notNeeded[?(@.key == 'BPOM_MD')].outcome").value(hasItem("EXEMPT")))
                .andExpect(jsonPath("$.scale").value("MIKRO"))
                .andExpect(jsonPath("$.asOf").value("2026-06-01"));
    }

    @Test
    void aFrozenProductNeedsBpomMdAndItsTwoPreservationMethodsSendHalalToTheRegularRoute() throws Exception {
        mvc.perform(post("/api/v1/permit-check").contentType(MediaType.APPLICATION_JSON).content("""
                        {"productName": "Nugget Ayam", "sector": "PROCESSED_FOOD", "foodCategory": "08.0", "storage": "FROZEN",
                         "preservation": ["VACUUM_MAP"], "animalOrigin": true, "meatSource": "HALAL_CERTIFIED", "meatGrinding": "IN_HOUSE",
                         "madeAtHome": true, "equipment": "SEMI_AUTOMATIC", "hasNib": true, "scale": "MIKRO", "asOf": "2026-06-01"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[?(@.key == 'BPOM_MD')].outcome").value(hasItem("REQUIRED")))
                .andExpect(jsonPath("$.steps[?(@.key == 'BPOM_MD')].reason").value(hasItem(containsString("beku"))))
                .andExpect(jsonPath("$.steps[?(@.key == 'BPOM_MD')].cost").value(hasItem(containsString("50%"))))
                .andExpect(jsonPath("$.steps[?(@.key == 'HALAL')].route").value(hasItem("REGULAR")))
                .andExpect(jsonPath("$.notNeeded[?(@.key == 'PIRT')].outcome").value(hasItem("NOT_APPLICABLE")));
    }

    @Test
    void iodisedSaltNeedsSniAndBpomMdEvenFromAHomeKitchen() throws Exception {
        mvc.perform(get("/cek-izin/hasil").param("productName", "Garam Beryodium Cap Laut").param("sector", "PROCESSED_FOOD")
                        .param("foodCategory", "12.0").param("irtFoodType", "07").param("shelfLifeDays", "365")
                        .param("madeAtHome", "true").param("hasNib", "true").param("scale", "MIKRO"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"izin-SNI\"")))
                .andExpect(content().string(containsString("SNI 3556")))
                .andExpect(content().string(containsString("ditebak dari nama produk")));
        mvc.perform(post("/api/v1/permit-check").contentType(MediaType.APPLICATION_JSON).content("""
                        {"productName": "Garam", "sector": "PROCESSED_FOOD", "sniCommodity": "IODISED_SALT", "shelfLifeDays": 365,
                         "madeAtHome": true, "hasNib": true}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[?(@.key == 'SNI')].outcome").value(hasItem("REQUIRED")))
                .andExpect(jsonPath("$.steps[?(@.key == 'BPOM_MD')].outcome").value(hasItem("REQUIRED")))
                .andExpect(jsonPath("$.steps[?(@.key == 'SNI')].cost").value(hasItem(containsString("10–40"))))
                .andExpect(jsonPath("$.commodity.mandatory").value(true))
                .andExpect(jsonPath("$.notNeeded[?(@.key == 'PIRT')].outcome").value(hasItem("NOT_APPLICABLE")));
    }

    @Test
    void unknownCodesAreRefusedWith422NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/permit-check").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                        {"sector": "PROCESSED_FOOD", "foodCategory": "99.9", "preservation": ["FRYING", "MAGIC"], "storage": "COLD",
                         "sniCommodity": "UNOBTAINIUM", "shelfLifeDays": -1}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("foodCategory")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("preservation")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("storage")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sniCommodity")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("shelfLifeDays")))
                .andExpect(jsonPath("$.errors[?(@.field == 'foodCategory')].message").value(hasItem("food category: unknown code.")));
        mvc.perform(post("/api/v1/permit-check").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sector"));
        mvc.perform(post("/api/v1/permit-check").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sector\": \"OTHER\", \"productName\": \"" + "x".repeat(20_000) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("permitCheck.tooLarge"));
        // the page shows the questions again with the problem, not an error page
        mvc.perform(get("/cek-izin/hasil").param("sector", "PROCESSED_FOOD").param("irtFoodType", "77"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("jenis pangan IRT: kode tidak dikenal.")));
    }

    @Test
    void theResultReadsInEnglishWithLangEn() throws Exception {
        mvc.perform(get(java.net.URI.create(SNACK + "&lang=en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Permits for Keripik Singkong")))
                .andExpect(content().string(containsString("self-declare route")))
                .andExpect(content().string(containsString("Free at the health office")))
                .andExpect(content().string(containsString("Register and keep it")))
                .andExpect(content().string(containsString("Not needed for this product")))
                .andExpect(content().string(not(containsString("Tidak diperlukan untuk produk ini"))));
        mvc.perform(get("/cek-izin").param("lang", "en"))
                .andExpect(content().string(containsString("Which permits does your product need?")))
                .andExpect(content().string(containsString("unconfirmed")));
    }
}
