package id.naikkelas;

import id.naikkelas.common.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inputs an outside probe answered with 500 (issue 14), each now a 4xx that names the field in the user's
 * language, on the JSON API and on the pages, with nothing changed in the database. {@link InputFuzzTest} sends these
 * and thousands more to every operation and form; this test pins the answer each one gets.
 */
@IntegrationTest
class BadInputTest {

    static final String OFFICER = "petugas.dumai";
    static final String MANAGER = "manajer.dumai";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.naikkelas.common.Today today;

    @Test
    void aNulCharacterIsRefusedOnItsFieldWhereverTypedTextEnters() throws Exception {
        long before = count("business");
        refused(mvc.perform(post("/api/v1/businesses").with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(business("Keripik\\u0000Nul"))), 400, "name", "input.nul")
                .andExpect(jsonPath("$.errors[0].message").value(containsString("nama: berisi karakter NUL")));
        mvc.perform(post("/api/v1/businesses").with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content(business("Keripik\\u0000Nul")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("name: contains a NUL character")));
        refused(mvc.perform(get("/api/v1/businesses").param("q", "kerip\u0000ik").with(user(OFFICER))), 422, "q", "input.nul");
        refused(mvc.perform(get("/api/v1/public/permits").param("number", "P-IRT\u0000")), 422, "number", "input.nul");

        // a page: the form post is refused with a page that names the field, nothing is registered
        mvc.perform(post("/usaha").with(user(OFFICER)).with(csrf()).param("name", "Keripik\u0000Nul").param("sector", "PROCESSED_FOOD")
                        .param("regionCode", "14.72.01.1008").param("owner.fullName", "Ibu Nul"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("nama: berisi karakter NUL")));
        assertThat(count("business")).isEqualTo(before);

        // an upload's file name is nobody's typing: made safe, not refused
        long caseId = openCase();
        mvc.perform(multipart("/api/v1/cases/{id}/documents", caseId).file(new MockMultipartFile("file", "ktp\u0000.png", null, png()))
                        .param("documentType", "KTP").with(user(OFFICER)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.documents[0].fileName").value("ktp_.png"));
    }

    @Test
    void unknownFoodCategoryAndIrtTypeCodesAreRefusedOnTheirFields() throws Exception {
        long business = business();
        long before = count("product");
        refused(mvc.perform(post("/api/v1/businesses/{id}/products", business).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(product("\"foodCategoryCode\": \"99.9\""))), 422, "foodCategoryCode", "input.unknownCode");
        refused(mvc.perform(post("/api/v1/businesses/{id}/products", business).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(product("\"irtFoodTypeCode\": \"ZZZ\""))), 422, "irtFoodTypeCode", "input.unknownCode");
        mvc.perform(post("/usaha/{id}/produk", business).with(user(OFFICER)).with(csrf()).param("name", "Keripik Salah Kode")
                        .param("foodCategoryCode", "99.9").param("storage", "AMBIENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kategori pangan: kode tidak dikenal.")));
        assertThat(count("product")).isEqualTo(before);
    }

    @Test
    void unknownVocabularyCodesAndAFractionalShelfLifeAreRefusedOnTheirFields() throws Exception {
        long business = business();
        long before = count("product");
        refused(mvc.perform(post("/api/v1/businesses/{id}/products", business).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(product("\"netContent\": \"250 g\", \"sniCommodity\": \"GARAM_LAUT\""))), 422, "sniCommodity", "input.unknownCode");
        refused(mvc.perform(post("/api/v1/businesses/{id}/products", business).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(product("\"netContent\": \"250 g\", \"preservation\": [\"DRYING\", \"MAGIC\"]"))), 422, "preservation", "input.unknownCode");
        refused(mvc.perform(post("/api/v1/businesses/{id}/products", business).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(product("\"netContent\": \"250 g\", \"selfDeclareType\": \"ROTI\""))), 422, "selfDeclareType", "input.unknownCode");
        refused(mvc.perform(post("/api/v1/businesses/{id}/products", business).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(product("\"netContent\": \"250 g\"").replace("\"shelfLifeDays\": 90", "\"shelfLifeDays\": 7.5"))),
                400, "shelfLifeDays", "input.number");
        assertThat(count("product")).isEqualTo(before);
    }

    @Test
    void fieldsLongerThanTheirColumnsAreRefusedWithTheLimit() throws Exception {
        long business = business();
        refused(mvc.perform(post("/api/v1/businesses/{id}/products", business).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(product("\"netContent\": \"" + "9".repeat(41) + "\""))), 422, "netContent", "input.tooLong")
                .andExpect(jsonPath("$.errors[0].message").value("isi bersih: terlalu panjang; maksimal 40 karakter."));

        long caseId = openCase();
        String step = jdbc.sql("SELECT current_step FROM certification_case WHERE id = ?").param(caseId).query(String.class).single();
        refused(mvc.perform(post("/api/v1/cases/{id}/steps/{step}/complete", caseId, step).with(user(OFFICER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"facilitator\": \"" + "x".repeat(201) + "\"}")),
                422, "facilitator", "input.tooLong");
        var page = mvc.perform(post("/kasus/{id}/langkah/{step}", caseId, step).with(user(OFFICER)).with(csrf()).param("facilitator", "x".repeat(201)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problems(page)).extracting(InvalidInput.Violation::field, InvalidInput.Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("facilitator", "input.tooLong"));
        assertThat(jdbc.sql("SELECT facilitator FROM certification_case WHERE id = ?").param(caseId).query(String.class).optional()).isEmpty();

        // a program's name is held in an index: bounded like the registry's names
        refused(mvc.perform(post("/api/v1/programs").with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content(programJson("x".repeat(3000)))), 422, "name", "input.tooLong");
        // a search text, which the typo search compares with every name
        mvc.perform(get("/api/v1/businesses").param("q", "é".repeat(70_000)).with(user(OFFICER)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isBetween(200, 499));
    }

    /**
     * Free text (addresses, notes, reasons, descriptions) is bounded (common.TextLimits): one character more is refused on
     * its field with the bound, on the API and the pages, and nothing is stored; and the database holds the same bound,
     * so a write that skipped the check is refused too, naming the field.
     */
    @Test
    void freeTextOneCharacterPastItsBoundIsRefusedOnItsFieldAndChangesNothing() throws Exception {
        long businesses = count("business");
        refused(mvc.perform(post("/api/v1/businesses").with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(business("Keripik Alamat Panjang").replace("Jl. Uji 2", "j".repeat(501)))), 422, "address", "input.tooLong")
                .andExpect(jsonPath("$.errors[0].message").value("alamat: terlalu panjang; maksimal 500 karakter."));
        mvc.perform(post("/usaha").with(user(OFFICER)).with(csrf()).param("name", "Keripik Alamat Panjang").param("sector", "PROCESSED_FOOD")
                        .param("regionCode", "14.72.01.1008").param("owner.fullName", "Ibu Uji").param("address", "j".repeat(501))
                        .param("lang", "en"))
                .andExpect(content().string(containsString("address: too long; at most 500 characters.")));
        assertThat(count("business")).isEqualTo(businesses);

        long business = business();
        long products = count("product");
        refused(mvc.perform(post("/api/v1/businesses/{id}/products", business).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(product("\"netContent\": \"250 g\", \"ingredients\": \"" + "b".repeat(4001) + "\""))), 422, "ingredients", "input.tooLong");
        assertThat(count("product")).isEqualTo(products);

        long programs = count("program");
        refused(mvc.perform(post("/api/v1/programs").with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content(programJson("Program Deskripsi Panjang").replace("\"regionCodes\"", "\"description\": \"" + "d".repeat(4001) + "\", \"regionCodes\""))),
                422, "description", "input.tooLong");
        assertThat(count("program")).isEqualTo(programs);

        long enrollment = enrollment();
        long visits = count("visit");
        refused(mvc.perform(post("/api/v1/enrollments/{id}/visits", enrollment).with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content(visit("\"latitude\": 1.6, \"longitude\": 101.4").replace("\"notes\": \"Kunjungan\"", "\"notes\": \"" + "n".repeat(4001) + "\""))),
                422, "notes", "input.tooLong");
        assertThat(count("visit")).isEqualTo(visits);
        refused(mvc.perform(post("/api/v1/enrollments/{id}/outcome", enrollment).with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").content("{\"outcome\": \"WITHDRAWN\", \"reason\": \"" + "r".repeat(1001) + "\"}")),
                422, "reason", "input.tooLong")
                .andExpect(jsonPath("$.errors[0].message").value("reason: too long; at most 1,000 characters."));
        assertThat(jdbc.sql("SELECT status FROM enrollment WHERE id = ?").param(enrollment).query(String.class).single()).isEqualTo("ENROLLED");

        // the database's own bound, for a write no check saw: refused, and the last resort names the field
        var skipped = org.assertj.core.api.Assertions.catchThrowableOfType(org.springframework.dao.DataIntegrityViolationException.class,
                () -> jdbc.sql("UPDATE business SET address = repeat('j', 501) WHERE id = ?").param(business).update());
        assertThat(id.naikkelas.common.InputProblems.of(skipped).input().violations())
                .extracting(InvalidInput.Violation::field, InvalidInput.Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("address", "input.text.tooLong.unknown"));
        assertThat(jdbc.sql("SELECT address FROM business WHERE id = ?").param(business).query(String.class).single()).isEqualTo("Jl. Uji 2");
    }

    /** Every bound V90 put on free text holds for all the data there is (the demo data here), not only for new rows. */
    @Test
    void theFreeTextBoundsHoldForTheExistingRows() {
        var bounds = jdbc.sql("SELECT conname, convalidated FROM pg_constraint WHERE contype = 'c' AND conname LIKE '%\\_length'")
                .query((rs, i) -> java.util.Map.entry(rs.getString(1), rs.getBoolean(2))).list();
        assertThat(bounds).hasSizeGreaterThanOrEqualTo(45).allSatisfy(b -> assertThat(b.getValue()).as(b.getKey()).isTrue());
    }

    @Test
    void numbersPastTheirColumnsAreRefusedOnTheirFields() throws Exception {
        long enrollment = enrollment();
        long before = count("visit");
        refused(mvc.perform(post("/api/v1/enrollments/{id}/visits", enrollment).with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content(visit("\"latitude\": 1000000000000000000, \"longitude\": 101.4"))), 422, "latitude", "input.max");
        refused(mvc.perform(post("/api/v1/businesses").with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(business("Keripik Angka").replace("\"workers\": 2", "\"workers\": 2147483648"))), 400, "workers", "input.number");
        refused(mvc.perform(post("/api/v1/businesses").with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(business("Keripik Modal").replace("\"annualSales\": 90000000", "\"annualSales\": 1000000000000000000"))),
                422, "annualSales", "registry.amount.tooLarge");
        // a year is told as a year: "2026", never the number "2.026"
        refused(mvc.perform(post("/api/v1/businesses").with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(business("Keripik Masa Depan").replace("\"foundedYear\": 2019", "\"foundedYear\": 3000"))), 422, "foundedYear", null)
                .andExpect(jsonPath("$.errors[0].message").value("Tahun mulai usaha harus antara 1900 dan " + today.date().getYear() + "."));
        assertThat(count("visit")).isEqualTo(before);
    }

    @Test
    void aNullAmongTheIdsOfAListIsRefusedOnTheList() throws Exception {
        long program = program();
        long business = business();
        long before = count("enrollment");
        refused(mvc.perform(post("/api/v1/programs/{id}/enrollments", program).with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"businessIds\": [" + business + ", null]}")), 400, "businessIds", "input.nullItem");
        mvc.perform(post("/program/{id}/peserta", program).with(user(MANAGER)).with(csrf()).param("business", String.valueOf(business), ""))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("usaha: daftar ini berisi butir kosong")));
        assertThat(count("enrollment")).isEqualTo(before);
    }

    @Test
    void anEmptyBodyIsRefusedAndAnEmptyOutcomeNamesTheOutcome() throws Exception {
        long enrollment = enrollment();
        refused(mvc.perform(post("/api/v1/enrollments/{id}/outcome", enrollment).with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON)),
                400, "", "input.body.missing");
        refused(mvc.perform(post("/api/v1/enrollments/{id}/outcome", enrollment).with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")), 422, "outcome", "input.required");
        refused(mvc.perform(post("/api/v1/programs").with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON).content("[]")),
                400, "", "input.body.unreadable");
        assertThat(jdbc.sql("SELECT status FROM enrollment WHERE id = ?").param(enrollment).query(String.class).single()).isEqualTo("ENROLLED");
    }

    @Test
    void renamingAProgramToTheNameOfAnotherIsRefusedOnTheName() throws Exception {
        String taken = "Program Nama Kembar " + UUID.randomUUID();
        program(taken);
        long other = program();
        String name = jdbc.sql("SELECT name FROM program WHERE id = ?").param(other).query(String.class).single();
        refused(mvc.perform(put("/api/v1/programs/{id}", other).with(user(MANAGER)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(programJson(taken.toUpperCase(Locale.ROOT)))), 422, "name", "programs.name.taken");
        mvc.perform(post("/program").with(user(MANAGER)).with(csrf()).param("id", String.valueOf(other)).param("version", "0")
                        .param("name", taken).param("regions[0].code", "14.72").param("startsOn", LocalDate.now().toString())
                        .param("facilitation", "ONE_TO_ONE").param("stages[0].name", "Pendataan").param("stages[0].durationDays", "30")
                        .param("stages[0].visitIntervalDays", "14"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Instansi Anda sudah punya program dengan nama ini.")));
        assertThat(jdbc.sql("SELECT name FROM program WHERE id = ?").param(other).query(String.class).single()).isEqualTo(name);
        // a version that is not one is refused on the header, as in the registry
        refused(mvc.perform(put("/api/v1/programs/{id}", other).with(user(MANAGER)).header("If-Match", "abc")
                .contentType(MediaType.APPLICATION_JSON).content(programJson("Lain " + UUID.randomUUID()))), 422, "If-Match", "api.ifMatch.required");
    }

    @Test
    void unreadableDatesAndValuesOfTheWrongTypeAreRefusedOnTheirParameters() throws Exception {
        refused(mvc.perform(get("/api/v1/corrective-actions").param("after", "abc").with(user(OFFICER))), 422, "after", "assessment.cursor.invalid");
        refused(mvc.perform(get("/api/v1/businesses").param("after", "abc").with(user(OFFICER))), 422, "after", "input.cursor");
        refused(mvc.perform(get("/api/v1/cases").param("status", "TIDAK_ADA").with(user(OFFICER))), 400, "status", "input.choice")
                .andExpect(jsonPath("$.errors[0].message").value(containsString("OPEN, COMPLETED, CANCELLED")));
        refused(mvc.perform(post("/api/v1/businesses/{id}/verify", "abc").with(user(OFFICER))), 400, "id", "input.number");
        refused(mvc.perform(put("/api/v1/inspections/{id}/details", 1).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"inspectedOn\": \"besok\"}")), 400, "inspectedOn", "input.date");
        refused(mvc.perform(put("/api/v1/inspections/{id}/details", 1).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"inspectedOn\": \"+999999999-12-31\"}")), 400, "inspectedOn", "input.date");

        // pages: a date that is none, a page number that is none
        long enrollment = enrollment();
        long visits = count("visit");
        var visit = mvc.perform(post("/peserta/{id}/kunjungan", enrollment).with(user(MANAGER)).with(csrf()).param("token", UUID.randomUUID().toString())
                        .param("visitedOn", LocalDate.now().toString()).param("mode", "ONSITE").param("notes", "Kunjungan")
                        .param("followUp", "Perbaiki label").param("followUpDue", "besok"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problems(visit)).extracting(InvalidInput.Violation::field, InvalidInput.Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("followUpDue", "input.date"));
        assertThat(count("visit")).isEqualTo(visits);
        mvc.perform(get("/kasus").param("page", "abc").with(user(OFFICER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("page: bukan angka yang dapat diterima")));
        mvc.perform(get("/tindakan").param("after", "abc").with(user(OFFICER)))
                .andExpect(status().is(422));
        mvc.perform(get("/admin/audit").param("to", "+999999999-12-31").with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("to: bukan tanggal atau waktu yang sah")));
    }

    @Test
    void aColumnMappingThatIsNoColumnIsRefusedUnderItsField() throws Exception {
        long job = importJob();
        mvc.perform(post("/impor/{id}/kolom", job).with(user(OFFICER)).with(csrf()).param("col.BUSINESS_NAME", "abc")
                        .param("col.OWNER_NAME", "1").param("col.VILLAGE", "2"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getModelAndView().getModel().get("fieldProblems").toString())
                        .contains("BUSINESS_NAME").contains("imports.mapping.noSuchColumn"));
        refused(mvc.perform(put("/api/v1/imports/{id}/mapping", job).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"columns\": {\"BUSINESS_NAME\": \"abc\", \"OWNER_NAME\": 1, \"VILLAGE\": 2}}")), 400, "columns.BUSINESS_NAME", "input.number");
        refused(mvc.perform(put("/api/v1/imports/{id}/mapping", job).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"columns\": {\"BUSINESS_NAME\": 99, \"OWNER_NAME\": 1, \"VILLAGE\": 2}}")), 422, "BUSINESS_NAME", "imports.mapping.noSuchColumn");
        assertThat(jdbc.sql("SELECT status FROM import_job WHERE id = ?").param(job).query(String.class).single()).isEqualTo("MAPPING");
    }

    @Test
    void binaryContentOrAnXmlDoctypeIsRefusedOnTheUploadField() throws Exception {
        long caseId = openCase();
        byte[] doctype = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[4096];
        new java.util.Random(14).nextBytes(binary);
        for (byte[] content : java.util.List.of(doctype, binary)) {
            refused(mvc.perform(multipart("/api/v1/cases/{id}/documents", caseId).file(new MockMultipartFile("file", "ktp.pdf", null, content))
                    .param("documentType", "KTP").with(user(OFFICER))), 422, "file", "certification.document.wrongType");
            refused(mvc.perform(multipart("/api/v1/products/{id}/photos", product()).file(new MockMultipartFile("photo", "foto.jpg", null, content))
                    .with(user(OFFICER))), 422, "photo", null);
        }
        // a list that is binary; an XML one is read as text, never parsed as XML (UploadBombTest)
        refused(mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "daftar.csv", null, binary))
                .with(user(OFFICER))), 422, "file", "imports.file.binary");
        assertThat(jdbc.sql("SELECT count(*) FROM case_document WHERE case_id = ?").param(caseId).query(Long.class).single()).isZero();
    }

    // -----------------------------------------------------------------------------------------------------------------

    /** The answer is the status given, its first error on the field given (with the code given, unless null). */
    static ResultActions refused(ResultActions result, int status, String field, String code) throws Exception {
        result.andExpect(status().is(status)).andExpect(jsonPath("$.errors[0].field").value(field));
        if (code != null) {
            result.andExpect(jsonPath("$.errors[0].code").value(code));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    static java.util.List<InvalidInput.Violation> problems(org.springframework.test.web.servlet.MvcResult page) {
        return (java.util.List<InvalidInput.Violation>) page.getFlashMap().get("problems");
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static String business(String name) {
        return """
                {"name": "%s", "legalForm": "PERORANGAN", "sector": "PROCESSED_FOOD", "address": "Jl. Uji 2", "regionCode": "14.72.01.1008",
                 "workers": 2, "foundedYear": 2019, "annualSales": 90000000, "premises": "RESIDENCE", "equipment": "MANUAL",
                 "productionSites": 1, "outlets": 1, "owner": {"fullName": "Ibu Uji", "gender": "P"}}""".formatted(name);
    }

    static String product(String replaced) {
        String product = """
                {"name": "Keripik Uji", "foodCategoryCode": "15.0", "irtFoodTypeCode": "06", "packaging": "PLASTIC", "netContent": "250 g",
                 "shelfLifeDays": 90, "storage": "AMBIENT"}""";
        String key = replaced.substring(0, replaced.indexOf(':') + 1);
        return product.replaceFirst(java.util.regex.Pattern.quote(key) + " \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(replaced));
    }

    static String programJson(String name) {
        return """
                {"name": "%s", "regionCodes": ["14.72"], "startsOn": "%s", "facilitation": "ONE_TO_ONE",
                 "stages": [{"name": "Pendataan", "durationDays": 30, "visitIntervalDays": 14}]}""".formatted(name, LocalDate.now());
    }

    static String visit(String location) {
        return """
                {"token": "%s", "visitedOn": "%s", "mode": "ONSITE", "notes": "Kunjungan", %s}""".formatted(UUID.randomUUID(), LocalDate.now(), location);
    }

    long business() throws Exception {
        return id(mvc.perform(post("/api/v1/businesses").with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(business("Keripik Uji " + UUID.randomUUID()))));
    }

    long product() throws Exception {
        return id(mvc.perform(post("/api/v1/businesses/{id}/products", business()).with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content(product("\"name\": \"Keripik Uji\""))));
    }

    long openCase() throws Exception {
        return id(mvc.perform(post("/api/v1/cases").with(user(OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\": " + product() + ", \"permit\": \"PIRT\"}")));
    }

    long program() throws Exception {
        return program("Program Uji " + UUID.randomUUID());
    }

    long program(String name) throws Exception {
        return id(mvc.perform(post("/api/v1/programs").with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON).content(programJson(name))));
    }

    long enrollment() throws Exception {
        long program = program();
        mvc.perform(post("/api/v1/programs/{id}/enrollments", program).with(user(MANAGER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"businessIds\": [" + business() + "]}")).andExpect(status().isOk());
        return jdbc.sql("SELECT id FROM enrollment WHERE program_id = ?").param(program).query(Long.class).single();
    }

    long importJob() throws Exception {
        return id(mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "daftar.csv", null,
                ("nama usaha;nama pemilik;kelurahan\nKeripik " + UUID.randomUUID() + ";Ibu Uji;Dumai Barat\n").getBytes(StandardCharsets.UTF_8)))
                .with(user(OFFICER))));
    }

    long id(ResultActions created) throws Exception {
        String body = created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode node = json.readTree(body);
        return node.path("id").asLong();
    }

    static byte[] png() {
        try {
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
