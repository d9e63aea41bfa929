package id.naikkelas.certification;

import id.naikkelas.Assignments;
import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.common.NotFound;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.PirtParts;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.ProductData;
import id.naikkelas.registry.ProductTrait;
import id.naikkelas.registry.Products;
import id.naikkelas.registry.Sector;
import id.naikkelas.registry.Storage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApplicationPacksTest {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String OFFICER = "petugas.palangkaraya";
    static final AtomicInteger SERIAL = new AtomicInteger(8000);

    @Autowired
    ApplicationPackDownloads downloads;
    @Autowired
    Cases cases;
    @Autowired
    Businesses businesses;
    @Autowired
    Products products;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theOssPackOfAPirtCaseIsFilledFromTheRegistryAndListsWhatIsMissing() {
        long caseId = pirtCase("Keripik Kelakai Paket");
        String nib = nibOf(caseId);
        AsUser.run(OFFICER, () -> cases.complete(caseId, "NIB", StepInput.none()));
        AsUser.run(OFFICER, () -> cases.complete(caseId, "OSS_APPLICATION",
                new StepInput("OSS-2026-004242", null, null, null, null, null, null)));

        var pack = AsUser.call(OFFICER, () -> downloads.pack(caseId, "oss", INDONESIAN));

        assertThat(pack.system()).isEqualTo(ExternalSystem.OSS);
        var values = values(pack);
        assertThat(values).containsEntry("business.name", "Keripik Kelakai Paket Usaha")
                .containsEntry("business.nib", nib)
                .containsEntry("product.name", "Keripik Kelakai Paket")
                .containsEntry("product.ingredients", "daun kelakai, tepung, minyak")
                .containsEntry("business.scale", "Mikro")
                .containsEntry("product.packaging", "Plastik")
                .containsEntry("product.shelfLifeDays", "120 hari")
                .containsEntry("case.references.OSS_APPLICATION", "OSS-2026-004242");
        assertThat(values.get("product.irtFoodType")).as("code and its reference name").startsWith("04 — ");
        assertThat(pack.missing()).extracting(Pack.Missing::source)
                .as("nothing in the registry for these yet")
                .contains("owner.nik", "owner.phone", "business.kbliCodes", "business.capital")
                .as("a sole proprietor's NPWP may stay empty").doesNotContain("business.npwp", "business.name");
        assertThat(field(pack, "business.kbliCodes")).satisfies(f -> {
            assertThat(f.filled()).isFalse();
            assertThat(f.value()).isEqualTo("— belum diisi —");
        });
        assertThat(pack.documents()).extracting(Pack.Document::code).containsExactly("KTP", "NIB", "LABEL_DESIGN", "PRODUCT_PHOTO");

        var english = AsUser.call(OFFICER, () -> downloads.pack(caseId, "OSS", Locale.ENGLISH));
        assertThat(field(english, "business.kbliCodes").value()).isEqualTo("— not filled in —");
        assertThat(values(english)).containsEntry("business.scale", "Micro").containsEntry("product.shelfLifeDays", "120 days");
    }

    @Test
    void thePdfReadsAsTheFormWithTheProductSectionsAndMissingData() throws IOException {
        long caseId = pirtCase("Amplang Pipih Paket");
        var download = AsUser.call(OFFICER, () -> downloads.pdf(caseId, "oss", INDONESIAN));
        assertThat(download.fileName()).isEqualTo("paket-oss-kasus-" + caseId + ".pdf");
        keep(download);

        String text = text(download.content());
        assertThat(text).contains("Amplang Pipih Paket", "Paket data untuk OSS", "Pelaku usaha (pendaftaran NIB)", "Data usaha",
                "Permohonan SPP-IRT untuk produk", "Data yang belum diisi", "— belum diisi —", "Dokumen untuk diunggah ke OSS",
                "daun kelakai, tepung, minyak");
    }

    @Test
    void theZipHoldsThePdfAndEveryUploadedDocument() throws IOException {
        long caseId = pirtCase("Dodol Nanas Paket");
        AsUser.run(OFFICER, () -> cases.upload(caseId, "LABEL_DESIGN", "label dodol.pdf", CasesTest.PDF));

        var pack = AsUser.call(OFFICER, () -> downloads.pack(caseId, "oss", INDONESIAN));
        assertThat(pack.documents()).filteredOn(d -> d.code().equals("LABEL_DESIGN")).singleElement()
                .satisfies(d -> assertThat(d.fileNames()).containsExactly("label dodol.pdf"));

        var zip = AsUser.call(OFFICER, () -> downloads.zip(caseId, "oss", INDONESIAN));
        assertThat(zip.fileName()).isEqualTo("paket-oss-kasus-" + caseId + ".zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly("paket-oss-kasus-" + caseId + ".pdf", "01-LABEL_DESIGN-label dodol.pdf");
        assertThat(entries.get("01-LABEL_DESIGN-label dodol.pdf")).isEqualTo(CasesTest.PDF);
        assertThat(text(entries.get("paket-oss-kasus-" + caseId + ".pdf"))).contains("Dodol Nanas Paket", "Sudah diunggah: label dodol.pdf");
    }

    @Test
    void anotherRegionsOfficerCannotSeeThePackAndOnlyTheCasesSystemsAreOffered() {
        long caseId = pirtCase("Kerupuk Ikan Paket");
        assertThatThrownBy(() -> AsUser.call("petugas.dumai", () -> downloads.pack(caseId, "oss", INDONESIAN))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call("petugas.dumai", () -> downloads.pdf(caseId, "oss", INDONESIAN))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call("petugas.dumai", () -> downloads.zip(caseId, "oss", INDONESIAN))).isInstanceOf(NotFound.class);

        assertThat(AsUser.call(OFFICER, () -> downloads.pack(caseId, "oss", INDONESIAN))).isNotNull();
        assertThatThrownBy(() -> AsUser.call(OFFICER, () -> downloads.pack(caseId, "sihalal", INDONESIAN)))
                .as("no SIHALAL step in a P-IRT case").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> AsUser.call(OFFICER, () -> downloads.pack(caseId, "nonsense", INDONESIAN))).isInstanceOf(NotFound.class);
    }

    @Test
    void aSelfDeclareHalalPackAsksForTheFacilitatorAndTheSelfDeclareDocumentsOnly() {
        long productId = product("Keripik Pisang Halal Paket");
        long caseId = AsUser.call("pendamping.palangkaraya", () -> cases.open(productId, PermitType.HALAL, Route.SELF_DECLARE));

        var pack = AsUser.call(OFFICER, () -> downloads.pack(caseId, "sihalal", INDONESIAN));
        assertThat(pack.permit()).isEqualTo("Halal self-declare");
        assertThat(values(pack)).as("the facilitator who opened the case").containsKey("case.facilitator");
        assertThat(pack.sections()).flatExtracting(Pack.Section::fields).extracting(Pack.Field::source)
                .as("the regular route's fields are left out").contains("case.references.SUBMISSION")
                .doesNotContain("case.references.APPLICATION");
        assertThat(pack.documents()).extracting(Pack.Document::code).contains("SELF_DECLARE_STATEMENT").doesNotContain("SJPH_MANUAL");
    }

    @Test
    void theCasePageLinksThePacksAndTheWebAndApiServeThem() throws Exception {
        long caseId = pirtCase("Kue Bawang Paket");
        var officer = user(OFFICER).roles("OFFICER");
        mvc.perform(get("/kasus/{id}", caseId).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/kasus/" + caseId + "/paket/oss.pdf")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Unduh paket + dokumen (ZIP)")));
        mvc.perform(get("/kasus/{id}/paket/oss.pdf", caseId).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get("/kasus/{id}/paket/oss.zip", caseId).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"));
        mvc.perform(get("/api/v1/cases/{id}/packs/oss", caseId).with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.system").value("OSS"))
                .andExpect(jsonPath("$.productName").value("Kue Bawang Paket"))
                .andExpect(jsonPath("$.sections[0].fields[0].source").value("owner.fullName"));
        mvc.perform(get("/api/v1/cases/{id}/packs/oss.pdf", caseId).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/api/v1/cases/{id}/packs/oss", caseId).with(user("petugas.dumai").roles("OFFICER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/kasus/{id}/paket/oss.pdf", caseId).with(user("petugas.dumai").roles("OFFICER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPackFileNamingAnUnknownSourceIsRefusedWithTheFieldAndTheKnownSources() {
        String yaml = """
                packs:
                  OSS:
                    title_id: "Uji"
                    title_en: "Test"
                    legal_basis: "uji"
                    sections:
                      - code: BUSINESS
                        title_id: "Data usaha"
                        title_en: "Business data"
                        fields:
                          - {label_id: "Nama usaha", label_en: "Business name", source: business.nmae}
                    documents:
                      - {code: KTP}
                """;
        assertThatThrownBy(() -> PackDefinitionParser.parse(yaml, "packs-test.yml", PathwayTemplates.loadDefault()))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("packs-test.yml > OSS > section 'BUSINESS' > field 'Nama usaha'")
                .hasMessageContaining("unknown source 'business.nmae'")
                .hasMessageContaining("business.name");

        String badStep = yaml.replace("business.nmae", "case.references.NO_SUCH_STEP");
        assertThatThrownBy(() -> PackDefinitionParser.parse(badStep, "packs-test.yml", PathwayTemplates.loadDefault()))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("'case.references.NO_SUCH_STEP' names no step of a pathway done in OSS");
    }

    @Test
    void theShippedPackFileLoads() {
        var packs = PackDefinitionParser.parse(YamlNodes.classpathResource(ApplicationPacks.RESOURCE), "application-packs.yml",
                PathwayTemplates.loadDefault());
        assertThat(packs).containsOnlyKeys(ExternalSystem.OSS, ExternalSystem.SIHALAL, ExternalSystem.E_REG_BPOM);
    }

    private long pirtCase(String productName) {
        long productId = product(productName);
        setNib(productId);
        return AsUser.call(OFFICER, () -> cases.open(productId, PermitType.PIRT, null));
    }

    /** A keripik-style business and product in Kota Palangkaraya, as in CasesTest; no NIK, phone, KBLI or capital yet. */
    private long product(String name) {
        int serial = SERIAL.getAndIncrement();
        var data = new BusinessData(name + " Usaha", LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD, "Jl. Tjilik Riwut",
                "62.71.01.1001", null, null, 2, 2019, null, new BigDecimal("90000000"), Premises.RESIDENCE, Equipment.MANUAL, 1, 1,
                new BusinessData.OwnerData("Pemilik " + serial, null, "P", null, null));
        long businessId = AsUser.call(OFFICER, () -> businesses.register(data, null));
        // the facilitator who opens a case for the owner is assigned to the business
        Assignments.assign(jdbc, "pendamping.palangkaraya", businessId);
        var product = new ProductData(name, "Uji", "15.0", "04", null, PirtParts.Packaging.PLASTIC, "100 g", 120, Storage.AMBIENT,
                "daun kelakai, tepung, minyak", Set.of(ProductTrait.HALAL_INGREDIENTS_CERTAIN, ProductTrait.SEPARATE_HALAL_FACILITY));
        return AsUser.call(OFFICER, () -> products.create(businessId, product));
    }

    private void setNib(long productId) {
        jdbc.sql("UPDATE business SET nib = ? WHERE id = (SELECT business_id FROM product WHERE id = ?)")
                .params("81300" + String.format("%08d", SERIAL.getAndIncrement()), productId).update();
    }

    private String nibOf(long caseId) {
        return jdbc.sql("SELECT b.nib FROM business b JOIN certification_case c ON c.business_id = b.id WHERE c.id = ?")
                .param(caseId).query(String.class).single();
    }

    private static Map<String, String> values(Pack pack) {
        Map<String, String> values = new LinkedHashMap<>();
        pack.sections().forEach(s -> s.fields().stream().filter(Pack.Field::filled).forEach(f -> values.put(f.source(), f.value())));
        return values;
    }

    private static Pack.Field field(Pack pack, String source) {
        return pack.sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.source().equals(source)).findFirst().orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Left in target/ so a person can look at how the pack prints. */
    private static void keep(ApplicationPackDownloads.Download download) throws IOException {
        Path dir = Path.of("target", "application-packs");
        Files.createDirectories(dir);
        Files.write(dir.resolve(download.fileName()), download.content());
    }
}
