package id.naikkelas.certification;

import id.naikkelas.certification.ProductProfile.Storage;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static id.naikkelas.certification.Outcome.EXEMPT;
import static id.naikkelas.certification.Outcome.LABEL_STATEMENT_REQUIRED;
import static id.naikkelas.certification.Outcome.NOT_APPLICABLE;
import static id.naikkelas.certification.Outcome.RECOMMENDED;
import static id.naikkelas.certification.Outcome.REQUIRED;
import static id.naikkelas.certification.Route.REGULAR;
import static id.naikkelas.certification.Route.SELF_DECLARE;
import static id.naikkelas.registry.PermitType.BNSP;
import static id.naikkelas.registry.PermitType.BPOM_MD;
import static id.naikkelas.registry.PermitType.BPOM_NOTIF;
import static id.naikkelas.registry.PermitType.BPOM_TR;
import static id.naikkelas.registry.PermitType.COSMETICS_PRODUCTION;
import static id.naikkelas.registry.PermitType.EXCISE;
import static id.naikkelas.registry.PermitType.PSAT;
import static id.naikkelas.registry.PermitType.TM_PRODUCTION;
import static id.naikkelas.registry.PermitType.HALAL;
import static id.naikkelas.registry.PermitType.PIRT;
import static id.naikkelas.registry.PermitType.SLHS;
import static id.naikkelas.registry.PermitType.SNI;
import static id.naikkelas.registry.PermitType.TRADEMARK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Product cases taken from the regulations' own examples (regulations.md §4, §6, §7, §9, §14),
 * each asserting the permit, outcome, halal route, failed criteria and the rule that decided.
 */
class RequirementEngineTest {

    private static final LocalDate BEFORE_PHASE_TWO = LocalDate.of(2026, 3, 2);
    private static final LocalDate PHASE_TWO = LocalDate.of(2026, 10, 17);
    private static final RequirementRules RULES = RequirementRules.loadDefault();
    private static final RequirementEngine ENGINE = new RequirementEngine(RULES);

    /** What one permit should come out as; a null outcome means the report must not mention it. */
    record Expect(PermitType permit, Outcome outcome, Route route, List<String> failedCriteria, String ruleId) {
    }

    record Case(String name, ProductProfile product, List<Expect> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesEachPermitAsTheRegulationSays(Case c) {
        RequirementReport report = ENGINE.evaluate(c.product());

        for (Expect expect : c.expected()) {
            Optional<Requirement> found = report.find(expect.permit());
            if (expect.outcome() == null) {
                assertThat(found).as("%s should not be in the report", expect.permit()).isEmpty();
                continue;
            }
            assertThat(found).as("%s in the report", expect.permit()).isPresent();
            Requirement requirement = found.get();
            assertThat(requirement.outcome()).as("%s outcome", expect.permit()).isEqualTo(expect.outcome());
            assertThat(requirement.ruleId()).as("%s decided by", expect.permit()).isEqualTo(expect.ruleId());
            assertThat(requirement.route()).as("%s route", expect.permit()).isEqualTo(expect.route());
            assertThat(requirement.failedCriteria()).extracting(Criterion::id)
                    .as("%s failed criteria", expect.permit()).containsExactlyElementsOf(expect.failedCriteria());
            assertThat(requirement.reasonId()).isNotBlank();
            assertThat(requirement.reasonEn()).isNotBlank();
            assertThat(requirement.legalBasis()).isNotBlank();
        }
    }

    @Test
    void theCasesFireEveryRuleAndFailEveryCriterion() {
        Set<String> fired = new HashSet<>();
        Set<String> failed = new HashSet<>();
        cases().forEach(c -> ENGINE.evaluate(c.product()).requirements().forEach(requirement -> {
            fired.add(requirement.ruleId());
            requirement.failedCriteria().forEach(criterion -> failed.add(criterion.id()));
        }));

        assertThat(fired).containsExactlyInAnyOrderElementsOf(
                RULES.rules().stream().map(RequirementRules.Rule::id).toList());
        assertThat(failed).containsExactlyInAnyOrderElementsOf(
                RULES.halalRoute().criteria().stream().map(c -> c.criterion().id()).toList());
    }

    @Test
    void everyReasonForAnOutcomeIsShownButNotAFallbackOrAnOlderVariant() {
        RequirementReport report = ENGINE.evaluate(home().irtFoodType("06").shelfLifeDays(180).fortified(true).labelClaims(true)
                .asOf(PHASE_TWO).build());

        Requirement md = report.find(BPOM_MD).orElseThrow();
        assertThat(md.ruleId()).isEqualTo("fortified");
        assertThat(md.alsoBecause()).extracting(Requirement.Reason::ruleId).containsExactly("label-claims");
        Requirement halal = report.find(HALAL).orElseThrow();
        assertThat(halal.ruleId()).isEqualTo("halal-food-beverage-due");
        assertThat(halal.alsoBecause()).as("the pre-deadline wording is a variant, not a second reason").isEmpty();
    }

    @Test
    void aFailedCriterionQuotesTheProductsOwnFiguresAndAnUnansweredOneIsToConfirm() {
        Requirement halal = ENGINE.evaluate(home().irtFoodType("15").shelfLifeDays(90).outlets(2).selfDeclareProductType(null)
                .build()).find(HALAL).orElseThrow();

        assertThat(halal.route()).isEqualTo(REGULAR);
        var outlets = halal.criteria().stream().filter(c -> c.criterion().id().equals("one-facility-one-outlet")).findFirst().orElseThrow();
        assertThat(outlets.status()).isEqualTo(CriterionResult.Status.NOT_MET);
        assertThat(outlets.textId()).isEqualTo("Tempat produksi: 1, outlet: 2; paling banyak 1 tempat produksi dan 1 outlet.");
        assertThat(outlets.textEn()).isEqualTo("Production facilities: 1, outlets: 2; at most 1 facility and 1 outlet.");
        assertThat(halal.unansweredCriteria()).extracting(Criterion::id).containsExactly("listed-product-type");

        Requirement pending = ENGINE.evaluate(home().irtFoodType("15").shelfLifeDays(90).selfDeclareProductType(null).build())
                .find(HALAL).orElseThrow();
        assertThat(pending.route()).as("nothing failed: self-declare, once the type is confirmed").isEqualTo(SELF_DECLARE);
    }

    @Test
    void theHalalRouteIsExplainedAfterTheObligation() {
        Requirement halal = ENGINE.evaluate(home().irtFoodType("15").shelfLifeDays(90).build())
                .find(HALAL).orElseThrow();

        assertThat(halal.reasonId()).startsWith("Makanan dan minuman wajib bersertifikat halal").contains("Jalur: self-declare");
        assertThat(halal.reasonEn()).contains("Route: self-declare");
        assertThat(halal.legalBasis()).contains("PP 42/2024 ps. 160").contains("Kepkaban 146/2025");
    }

    @Test
    void theReportNamesTheRuleVersionAndListsPermitsInPermitTypeOrder() {
        RequirementReport report = ENGINE.evaluate(home().irtFoodType("15").shelfLifeDays(90).build());

        assertThat(report.rulesVersion()).isEqualTo("2026.1");
        assertThat(report.requirements()).extracting(Requirement::permit)
                .containsExactly(PIRT, BPOM_MD, HALAL, TRADEMARK, BNSP);
        assertThat(report.withOutcome(REQUIRED)).extracting(Requirement::permit).containsExactly(PIRT, HALAL);
    }

    static Stream<Case> cases() {
        return Stream.of(
                product("keripik singkong (IRT 15, 90 hari)", home().irtFoodType("15").shelfLifeDays(90),
                        is(PIRT, REQUIRED, "home-industry"),
                        is(BPOM_MD, EXEMPT, "home-industry"),
                        selfDeclare(REQUIRED, "halal-food-beverage"),
                        is(TRADEMARK, RECOMMENDED, "trademark-branded"),
                        is(BNSP, NOT_APPLICABLE, "bnsp-otherwise"),
                        absent(SLHS), absent(SNI), absent(BPOM_TR)),
                product("abon sapi, daging dari RPH bersertifikat", home().irtFoodType("01").shelfLifeDays(120)
                                .animalOrigin(true).slaughteredAnimalIngredients(true).slaughterSourceCertified(true),
                        is(PIRT, REQUIRED, "home-industry"),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("frozen nugget ikan", home().foodCategory("09.0").storage(Storage.FROZEN).animalOrigin(true),
                        is(BPOM_MD, REQUIRED, "frozen"),
                        is(PIRT, NOT_APPLICABLE, "frozen"),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("bakso beku sapi, daging giling dari penggilingan tanpa sertifikat", home()
                                .foodCategory("08.0").storage(Storage.FROZEN).animalOrigin(true)
                                .slaughteredAnimalIngredients(true).uncertifiedMeatGrinding(true),
                        is(BPOM_MD, REQUIRED, "frozen"),
                        regular(REQUIRED, "halal-food-beverage", "ground-meat-certified", "slaughter-source-certified")),
                product("kopi bubuk murni", home().sector("BEVERAGE").irtFoodType("10").shelfLifeDays(365)
                                .onlyExemptMaterials(true).sniCommodity("GROUND_COFFEE").voluntarySni(true),
                        is(PIRT, REQUIRED, "home-industry"),
                        is(HALAL, EXEMPT, "halal-exempt-materials"),
                        is(SNI, NOT_APPLICABLE, "voluntary-sni")),
                product("kopi instan (SNI 2983 wajib), mesin otomatis", home().sector("BEVERAGE").irtFoodType("10")
                                .shelfLifeDays(540).sniCommodity("INSTANT_COFFEE").mandatorySni(true).sniStandard("SNI 2983:2014").automaticEquipment(true).simpleTechnology(false)
                                .scale(BusinessScale.KECIL).annualSales(4_000_000_000L),
                        is(SNI, REQUIRED, "mandatory-sni-food"),
                        is(BPOM_MD, REQUIRED, "mandatory-sni-food"),
                        is(PIRT, NOT_APPLICABLE, "mandatory-sni-food"),
                        regular(REQUIRED, "halal-food-beverage", "simple-technology")),
                product("madu hutan", home().irtFoodType("09").shelfLifeDays(730).onlyExemptMaterials(true)
                                .sniCommodity("HONEY").voluntarySni(true),
                        is(PIRT, REQUIRED, "home-industry"),
                        is(HALAL, EXEMPT, "halal-exempt-materials"),
                        is(SNI, NOT_APPLICABLE, "voluntary-sni")),
                product("teh kering", home().sector("BEVERAGE").irtFoodType("10").shelfLifeDays(365)
                                .onlyExemptMaterials(true),
                        is(PIRT, REQUIRED, "home-industry"),
                        is(HALAL, EXEMPT, "halal-exempt-materials")),
                product("MP-ASI bubur bayi instan", home().irtFoodType("06").shelfLifeDays(365).babyFood(true)
                                .foodCategory("13.0").selfDeclareProductType(false),
                        is(BPOM_MD, REQUIRED, "special-nutrition"),
                        is(PIRT, NOT_APPLICABLE, "special-nutrition"),
                        regular(REQUIRED, "halal-food-beverage", "listed-product-type")),
                product("susu pasteurisasi dingin", home().sector("BEVERAGE").foodCategory("01.0").dairy(true)
                                .pasteurised(true).storage(Storage.CHILLED).animalOrigin(true).shelfLifeDays(1),
                        is(BPOM_MD, REQUIRED, "sterilised-or-pasteurised"),
                        is(PIRT, NOT_APPLICABLE, "sterilised-or-pasteurised"),
                        absent(SLHS),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("rendang kaleng (retort), dibuat di luar rumah", home().irtFoodType("01").retort(true)
                                .shelfLifeDays(365).producedAtResidence(false).animalOrigin(true)
                                .slaughteredAnimalIngredients(true).slaughterSourceCertified(true)
                                .selfDeclareProductType(false),
                        is(BPOM_MD, REQUIRED, "sterilised-or-pasteurised"),
                        is(PIRT, NOT_APPLICABLE, "sterilised-or-pasteurised"),
                        regular(REQUIRED, "halal-food-beverage", "listed-product-type")),
                product("sambal botol pasteurisasi (jenis IRT 11)", home().irtFoodType("11").pasteurised(true)
                                .shelfLifeDays(180),
                        is(BPOM_MD, REQUIRED, "sterilised-or-pasteurised"),
                        is(PIRT, NOT_APPLICABLE, "sterilised-or-pasteurised"),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("jamu serbuk jahe tanpa klaim", home().sector("BEVERAGE").irtFoodType("13").shelfLifeDays(365),
                        is(PIRT, REQUIRED, "home-industry"),
                        absent(BPOM_TR),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("jamu serbuk dengan klaim obat, 16 Okt 2026", home().sector("BEVERAGE").irtFoodType("13")
                                .shelfLifeDays(365).medicinalClaims(true).asOf(PHASE_TWO.minusDays(1)),
                        is(BPOM_TR, REQUIRED, "herbal-medicinal-claim"),
                        is(PIRT, NOT_APPLICABLE, "herbal-medicinal-claim"),
                        is(BPOM_MD, NOT_APPLICABLE, "herbal-medicinal-claim"),
                        selfDeclare(RECOMMENDED, "halal-phase-two-upcoming")),
                product("jamu UKOT, 17 Okt 2026", home().sector("TRADITIONAL_MEDICINE").asOf(PHASE_TWO),
                        is(BPOM_TR, REQUIRED, "traditional-medicine"),
                        is(TM_PRODUCTION, REQUIRED, "traditional-medicine-production"),
                        is(PIRT, NOT_APPLICABLE, "traditional-medicine"),
                        selfDeclare(REQUIRED, "halal-phase-two")),
                product("kosmetik sabun, sebelum tahap 2", home().sector("COSMETICS"),
                        is(BPOM_NOTIF, REQUIRED, "cosmetics"),
                        is(BPOM_MD, NOT_APPLICABLE, "cosmetics"),
                        selfDeclare(RECOMMENDED, "halal-phase-two-upcoming")),
                product("kosmetik sabun usaha menengah, setelah tahap 2", home().sector("COSMETICS")
                                .scale(BusinessScale.MENENGAH).annualSales(20_000_000_000L).asOf(LocalDate.of(2026, 11, 1)),
                        is(BPOM_NOTIF, REQUIRED, "cosmetics"),
                        is(COSMETICS_PRODUCTION, REQUIRED, "cosmetics-production"),
                        regular(REQUIRED, "halal-phase-two", "micro-or-small", "annual-sales"),
                        is(BNSP, REQUIRED, "bnsp-halal-supervisor")),
                product("batik tulis binaan Kota Bandar Lampung, setelah tahap 2", home().sector("BATIK")
                                .programTargetsBnsp(true).sniCommodity("BATIK").voluntarySni(true).asOf(LocalDate.of(2026, 11, 1)),
                        is(PIRT, NOT_APPLICABLE, "non-food-goods"),
                        is(BPOM_MD, NOT_APPLICABLE, "non-food-goods"),
                        is(HALAL, NOT_APPLICABLE, "halal-not-subject"),
                        is(BNSP, RECOMMENDED, "bnsp-program-target"),
                        is(SNI, NOT_APPLICABLE, "voluntary-sni"),
                        is(TRADEMARK, RECOMMENDED, "trademark-branded"),
                        absent(SLHS)),
                product("batik cap tanpa program", home().sector("BATIK"),
                        is(HALAL, NOT_APPLICABLE, "halal-not-subject"),
                        is(BNSP, RECOMMENDED, "bnsp-batik-artisan")),
                product("kerajinan anyaman pandan", home().sector("HANDICRAFT"),
                        is(PIRT, NOT_APPLICABLE, "non-food-goods"),
                        is(HALAL, NOT_APPLICABLE, "halal-not-subject"),
                        is(BNSP, NOT_APPLICABLE, "bnsp-otherwise"),
                        is(TRADEMARK, RECOMMENDED, "trademark-branded")),
                product("tas kulit sapi, sebelum tahap 2", home().sector("HANDICRAFT").animalOrigin(true)
                                .selfDeclareProductType(false),
                        regular(RECOMMENDED, "halal-phase-two-upcoming", "listed-product-type")),
                product("jaket kulit, setelah tahap 2", home().sector("FASHION").animalOrigin(true)
                                .asOf(LocalDate.of(2026, 12, 1)),
                        selfDeclare(REQUIRED, "halal-phase-two")),
                product("kue basah (2 hari)", home().irtFoodType("06").shelfLifeDays(2),
                        is(PIRT, EXEMPT, "short-shelf-life"),
                        is(BPOM_MD, EXEMPT, "short-shelf-life"),
                        is(SLHS, RECOMMENDED, "short-shelf-life"),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("nasi kotak catering, 2 dapur, 45 menu, tanpa merek", home().readyToEat(true).eatery(true)
                                .menuItems(45).productionFacilities(2).branded(false),
                        is(PIRT, EXEMPT, "eatery"),
                        is(BPOM_MD, EXEMPT, "eatery"),
                        is(SLHS, REQUIRED, "eatery"),
                        regular(REQUIRED, "halal-food-beverage", "one-facility-one-outlet", "small-eatery"),
                        is(TRADEMARK, NOT_APPLICABLE, "trademark-unbranded")),
                product("warung makan kecil, 20 menu", home().readyToEat(true).eatery(true).menuItems(20),
                        is(SLHS, REQUIRED, "eatery"),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("gorengan dibungkus di depan pembeli", home().packedInFrontOfBuyer(true).shelfLifeDays(1),
                        is(PIRT, EXEMPT, "ready-to-eat"),
                        is(BPOM_MD, EXEMPT, "ready-to-eat"),
                        is(SLHS, RECOMMENDED, "ready-to-eat")),
                product("air minum dalam kemasan", home().sector("BEVERAGE").sniCommodity("BOTTLED_WATER").mandatorySni(true).sniStandard("SNI 3553:2015")
                                .shelfLifeDays(365).automaticEquipment(true).simpleTechnology(false).producedAtResidence(false),
                        is(SNI, REQUIRED, "mandatory-sni-food"),
                        is(BPOM_MD, REQUIRED, "mandatory-sni-food"),
                        regular(REQUIRED, "halal-food-beverage", "simple-technology")),
                product("garam beryodium (SNI 3556)", home().foodCategory("12.0").sniCommodity("IODISED_SALT").mandatorySni(true).sniStandard("SNI 3556")
                                .shelfLifeDays(730),
                        is(SNI, REQUIRED, "mandatory-sni-food"),
                        is(BPOM_MD, REQUIRED, "mandatory-sni-food"),
                        is(PIRT, NOT_APPLICABLE, "mandatory-sni-food"),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("minyak goreng sawit usaha menengah (jenis IRT 07, SNI 7709 wajib)", home().irtFoodType("07")
                                .shelfLifeDays(365).sniCommodity("PALM_COOKING_OIL").mandatorySni(true).sniStandard("SNI 7709:2019").scale(BusinessScale.MENENGAH)
                                .annualSales(25_000_000_000L).productionFacilities(2).automaticEquipment(true).simpleTechnology(false)
                                .producedAtResidence(false),
                        is(SNI, REQUIRED, "mandatory-sni-food"),
                        is(BPOM_MD, REQUIRED, "mandatory-sni-food"),
                        is(PIRT, NOT_APPLICABLE, "mandatory-sni-food"),
                        regular(REQUIRED, "halal-food-beverage-medium",
                                "micro-or-small", "annual-sales", "one-facility-one-outlet", "simple-technology"),
                        is(BNSP, REQUIRED, "bnsp-halal-supervisor")),
                product("tempe", home().irtFoodType("15").shelfLifeDays(2).onlyExemptMaterials(true),
                        is(PIRT, EXEMPT, "short-shelf-life"),
                        is(SLHS, RECOMMENDED, "short-shelf-life"),
                        is(HALAL, EXEMPT, "halal-exempt-materials")),
                product("ikan asin", home().irtFoodType("02").shelfLifeDays(180).animalOrigin(true)
                                .onlyExemptMaterials(true),
                        is(PIRT, REQUIRED, "home-industry"),
                        is(HALAL, EXEMPT, "halal-exempt-materials")),
                product("dendeng babi", home().irtFoodType("01").shelfLifeDays(90).animalOrigin(true)
                                .nonHalalIngredients(true),
                        is(PIRT, REQUIRED, "home-industry"),
                        is(HALAL, LABEL_STATEMENT_REQUIRED, "halal-non-halal-product")),
                product("sayur dan buah segar", home().freshProduce(true).onlyExemptMaterials(true).branded(false),
                        is(PIRT, NOT_APPLICABLE, "fresh-produce"),
                        is(BPOM_MD, NOT_APPLICABLE, "fresh-produce"),
                        is(PSAT, REQUIRED, "fresh-produce-registration"),
                        is(HALAL, EXEMPT, "halal-exempt-materials"),
                        absent(SLHS)),
                product("tuak (minuman beralkohol)", home().sector("BEVERAGE").alcoholic(true).shelfLifeDays(30),
                        is(BPOM_MD, REQUIRED, "alcoholic"),
                        is(EXCISE, REQUIRED, "alcoholic-excise"),
                        is(PIRT, NOT_APPLICABLE, "alcoholic"),
                        is(HALAL, LABEL_STATEMENT_REQUIRED, "halal-non-halal-product")),
                product("biskuit fortifikasi vitamin", home().irtFoodType("06").shelfLifeDays(180).fortified(true),
                        is(BPOM_MD, REQUIRED, "fortified"),
                        is(PIRT, NOT_APPLICABLE, "fortified")),
                product("pewarna makanan (BTP)", home().foodAdditive(true).shelfLifeDays(365),
                        is(BPOM_MD, REQUIRED, "food-additive"),
                        is(PIRT, NOT_APPLICABLE, "food-additive")),
                product("otak-otak ikan dingin, habis dalam 1 hari", home().storage(Storage.CHILLED)
                                .animalOrigin(true).shelfLifeDays(1),
                        is(BPOM_MD, EXEMPT, "short-shelf-life"),
                        is(PIRT, EXEMPT, "short-shelf-life"),
                        is(SLHS, RECOMMENDED, "short-shelf-life")),
                product("otak-otak ikan dingin, tahan 14 hari di lemari es", home().storage(Storage.CHILLED)
                                .animalOrigin(true).shelfLifeDays(14),
                        is(BPOM_MD, REQUIRED, "chilled-animal-origin"),
                        is(PIRT, NOT_APPLICABLE, "chilled-animal-origin"),
                        absent(SLHS)),
                product("permen susu (jenis IRT 09)", home().irtFoodType("09").dairy(true).shelfLifeDays(180),
                        is(BPOM_MD, REQUIRED, "dairy")),
                product("keripik tempe berklaim \"tinggi protein\"", home().irtFoodType("15").shelfLifeDays(60)
                                .labelClaims(true),
                        is(BPOM_MD, REQUIRED, "label-claims"),
                        is(PIRT, NOT_APPLICABLE, "label-claims")),
                product("kue kering dibuat di ruko", home().irtFoodType("06").shelfLifeDays(60)
                                .producedAtResidence(false),
                        is(BPOM_MD, REQUIRED, "not-home-industry"),
                        is(PIRT, NOT_APPLICABLE, "not-home-industry")),
                product("sari buah dalam botol (di luar 15 jenis IRT)", home().sector("BEVERAGE").shelfLifeDays(30),
                        is(BPOM_MD, REQUIRED, "irt-type-not-listed"),
                        is(PIRT, NOT_APPLICABLE, "irt-type-not-listed")),
                product("roti manis, masa simpan tepat 7 hari", home().irtFoodType("06").shelfLifeDays(7),
                        is(BPOM_MD, REQUIRED, "processed-food-default"),
                        is(PIRT, NOT_APPLICABLE, "processed-food-default"),
                        absent(SLHS)),
                product("mainan anak kayu (SNI wajib)", home().sector("OTHER").sniCommodity("TOYS").mandatorySni(true).sniStandard("SNI ISO 8124"),
                        is(SNI, REQUIRED, "mandatory-sni-goods"),
                        is(PIRT, NOT_APPLICABLE, "non-food-goods"),
                        is(BPOM_MD, NOT_APPLICABLE, "non-food-goods"),
                        is(HALAL, NOT_APPLICABLE, "halal-not-subject")),
                product("keripik pisang, penjualan tahunan belum diisi: self-declare, penjualan dikonfirmasi dulu",
                        home().irtFoodType("14").shelfLifeDays(60).annualSales(null),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("keripik pisang setelah 17 Okt 2026", home().irtFoodType("14").shelfLifeDays(60)
                                .asOf(PHASE_TWO),
                        selfDeclare(REQUIRED, "halal-food-beverage-due")),
                product("keripik pisang sehari sebelum 17 Okt 2026", home().irtFoodType("14").shelfLifeDays(60)
                                .asOf(PHASE_TWO.minusDays(1)),
                        selfDeclare(REQUIRED, "halal-food-beverage")),
                product("restoran besar: semua kriteria self-declare gagal", home().readyToEat(true).eatery(true)
                                .menuItems(120).hasNib(false).scale(BusinessScale.BESAR).annualSales(80_000_000_000L)
                                .productionFacilities(3).outlets(5).ingredientsHalalAssured(false).haramContact(true)
                                .uncertifiedMeatGrinding(true).hazardousMaterials(true).separateHalalFacility(false)
                                .automaticEquipment(true).simpleTechnology(false).preservationMethods(3).slaughteredAnimalIngredients(true)
                                .selfDeclareProductType(false),
                        regular(REQUIRED, "halal-food-beverage-medium", "micro-or-small", "annual-sales",
                                "one-facility-one-outlet", "ingredients-halal-assured", "no-haram-contact",
                                "ground-meat-certified", "no-hazardous-materials", "separate-halal-facility",
                                "simple-technology", "single-preservation", "slaughter-source-certified",
                                "listed-product-type", "small-eatery")));
    }

    /** A typical micro home food producer that meets every self-declare criterion; cases change what differs. */
    private static ProductProfile.Builder home() {
        return ProductProfile.builder()
                .sector("PROCESSED_FOOD").asOf(BEFORE_PHASE_TWO)
                .producedAtResidence(true).branded(true)
                .ingredientsHalalAssured(true).separateHalalFacility(true).selfDeclareProductType(true)
                .simpleTechnology(true).slaughteredAnimalIngredients(false).slaughterSourceCertified(false)
                .uncertifiedMeatGrinding(false)
                .preservationMethods(1).scale(BusinessScale.MIKRO).annualSales(150_000_000L).hasNib(true)
                .productionFacilities(1).outlets(1);
    }

    private static Case product(String name, ProductProfile.Builder product, Expect... expected) {
        return new Case(name, product.build(), List.of(expected));
    }

    private static Expect is(PermitType permit, Outcome outcome, String ruleId) {
        return new Expect(permit, outcome, null, List.of(), ruleId);
    }

    private static Expect absent(PermitType permit) {
        return new Expect(permit, null, null, List.of(), null);
    }

    private static Expect selfDeclare(Outcome outcome, String ruleId) {
        return new Expect(HALAL, outcome, SELF_DECLARE, List.of(), ruleId);
    }

    private static Expect regular(Outcome outcome, String ruleId, String... failedCriteria) {
        return new Expect(HALAL, outcome, REGULAR, List.of(failedCriteria), ruleId);
    }
}
