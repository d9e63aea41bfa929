package id.naikkelas.certification;

import id.naikkelas.reference.ProductVocabulary;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.BusinessKind;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.BusinessForm;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.MeatGrinding;
import id.naikkelas.registry.MeatSource;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.ProductData;
import id.naikkelas.registry.ProductDetail;
import id.naikkelas.registry.ProductForm;
import id.naikkelas.registry.ProductTrait;
import id.naikkelas.registry.Sector;
import id.naikkelas.registry.Storage;
import org.junit.jupiter.api.Test;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fact a rule reads is asked by a form and the API, and each answer reaches its fact. */
class ProductProfilesTest {

    private static final ProductVocabulary VOCABULARY = new ProductVocabulary();
    private static final ProductProfiles PROFILES = new ProductProfiles(VOCABULARY);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void everyFactTheRulesReadHasAFieldThatSetsIt() throws Exception {
        Set<String> read = RequirementRules.loadDefault().factsRead();
        assertThat(read).isNotEmpty();
        assertThat(ProductProfiles.SOURCES.keySet()).as("facts read by the rules with no form or API field")
                .containsAll(read);
        for (var entry : ProductProfiles.SOURCES.entrySet()) {
            for (String source : entry.getValue()) {
                assertThat(exists(source)).as("fact %s names %s, which no form or API field has", entry.getKey(), source).isTrue();
            }
        }
    }

    private static boolean exists(String source) throws Exception {
        if (source.equals("programs") || source.equals("evaluation")) {
            return true; // a program's target permits; the date the rules are read for
        }
        String[] parts = source.split("[.:]");
        if (parts.length == 3) {
            return parts[1].equals("traits") && Arrays.stream(ProductTrait.values()).anyMatch(t -> t.name().equals(parts[2]));
        }
        Class<?> data = parts[0].equals("product") ? ProductData.class : BusinessData.class;
        Class<?> form = parts[0].equals("product") ? ProductForm.class : BusinessForm.class;
        boolean inApi = Arrays.stream(data.getRecordComponents()).map(RecordComponent::getName).anyMatch(parts[1]::equals);
        boolean inForm = Arrays.stream(Introspector.getBeanInfo(form).getPropertyDescriptors())
                .filter(p -> p.getWriteMethod() != null).map(PropertyDescriptor::getName).anyMatch(parts[1]::equals);
        return inApi && inForm;
    }

    @Test
    void preservationMethodsAreCountedWithColdStorageAndRetortMakesItSterilisedAndNotSimple() {
        var p = profile(product("Ikan Asap Beku", "09.0", Storage.FROZEN, Set.of(), Set.of("SMOKING", "SALTING"), Set.of(),
                null, null, null, null), business(null, null));
        assertThat(p.preservationMethods()).isEqualTo(3);
        assertThat(p.simpleTechnology()).isTrue();

        var retort = profile(product("Rendang Kaleng", "08.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of("RETORT"),
                null, null, null, null), business(null, null));
        assertThat(retort.retort()).isTrue();
        assertThat(retort.sterilised()).isTrue();
        assertThat(retort.simpleTechnology()).isFalse();
        assertThat(retort.preservationMethods()).isZero();
    }

    @Test
    void theSniCommodityIsSuggestedFromNameAndCategoryUnlessNoneWasChosen() {
        var salt = profile(product("Garam Beryodium Cap Laut", "12.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(),
                null, null, null, null), business(null, null));
        assertThat(salt.sniCommodity()).isEqualTo("IODISED_SALT");
        assertThat(salt.mandatorySni()).isTrue();
        assertThat(salt.sniStandard()).isEqualTo("SNI 3556");

        var saidNone = profile(product("Garam Rempah", "12.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(),
                ProductData.NO_COMMODITY, null, null, null), business(null, null));
        assertThat(saidNone.mandatorySni()).isFalse();
        assertThat(saidNone.sniCommodity()).isNull();

        var honey = profile(product("Madu Hutan", "11.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(),
                null, null, null, null), business(null, null));
        assertThat(honey.voluntarySni()).isTrue();
        assertThat(honey.mandatorySni()).isFalse();
    }

    @Test
    void theSelfDeclareTypeComesFromTheChoiceOrTheCategoryAndIsUnknownOtherwise() {
        assertThat(profile(product("Roti", "07.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(), null, null, null, null),
                business(null, null)).selfDeclareProductType()).isTrue();
        assertThat(profile(product("Bubur Bayi", "13.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(), null, null, null, null),
                business(null, null)).selfDeclareProductType()).isFalse();
        assertThat(profile(product("Gelatin", "07.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(), null, "FOOD_ADDITIVES", null, null),
                business(null, null)).selfDeclareProductType()).isFalse();
        assertThat(profile(product("Minuman", null, Storage.AMBIENT, Set.of(), Set.of(), Set.of(), null, null, null, null),
                business(null, null)).selfDeclareProductType()).isNull();
    }

    @Test
    void meatQuestionsAreUnknownForAnimalProductsUntilAnswered() {
        var unanswered = profile(product("Abon", "08.0", Storage.AMBIENT, Set.of(ProductTrait.ANIMAL_ORIGIN), Set.of(), Set.of(),
                null, null, null, null), business(null, null));
        assertThat(unanswered.slaughteredAnimalIngredients()).isNull();
        assertThat(unanswered.uncertifiedMeatGrinding()).isNull();

        var vegetable = profile(product("Keripik Bayam", "04.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(),
                null, null, null, null), business(null, null));
        assertThat(vegetable.slaughteredAnimalIngredients()).isFalse();

        var answered = profile(product("Bakso", "08.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(),
                null, null, MeatSource.HALAL_CERTIFIED, MeatGrinding.UNCERTIFIED_SERVICE), business(null, null));
        assertThat(answered.animalOrigin()).isTrue();
        assertThat(answered.slaughterSourceCertified()).isTrue();
        assertThat(answered.uncertifiedMeatGrinding()).isTrue();
    }

    @Test
    void aHalalConfirmationNotAnsweredYetIsUnknownNotNo() {
        var notYet = profile(product("Keripik", "15.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(), null, null, null, null,
                Set.of(ProductTrait.HALAL_INGREDIENTS_CERTAIN, ProductTrait.SEPARATE_HALAL_FACILITY)), business(null, null));
        assertThat(notYet.ingredientsHalalAssured()).isNull();
        assertThat(notYet.separateHalalFacility()).isNull();

        var saidNo = profile(product("Keripik", "15.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(), null, null, null, null),
                business(null, null));
        assertThat(saidNo.ingredientsHalalAssured()).isFalse();

        var exempt = profile(product("Madu", "11.0", Storage.AMBIENT, Set.of(ProductTrait.ONLY_EXEMPT_MATERIALS), Set.of(), Set.of(),
                null, null, null, null, Set.of(ProductTrait.HALAL_INGREDIENTS_CERTAIN)), business(null, null));
        assertThat(exempt.ingredientsHalalAssured()).as("exempt materials are halal-assured by definition").isTrue();
    }

    @Test
    void anEateryIsAKindOfBusinessNotAReadyToEatProduct() {
        var packagedMeal = profile(product("Rendang Kemasan", "16.0", Storage.AMBIENT, Set.of(ProductTrait.READY_TO_EAT), Set.of(),
                Set.of(), null, null, null, null), business(BusinessKind.GOODS, null));
        assertThat(packagedMeal.readyToEat()).isTrue();
        assertThat(packagedMeal.eatery()).isFalse();

        var warung = profile(product("Nasi Rames", "16.0", Storage.AMBIENT, Set.of(), Set.of(), Set.of(), null, null, null, null),
                business(BusinessKind.EATERY, 25));
        assertThat(warung.eatery()).isTrue();
        assertThat(warung.menuItems()).isEqualTo(25);
    }

    private static ProductProfile profile(ProductDetail product, BusinessDetail business) {
        return PROFILES.of(product, business, Set.of(PermitType.BNSP), TODAY);
    }

    private static ProductDetail product(String name, String category, Storage storage, Set<ProductTrait> traits,
                                         Set<String> preservation, Set<String> processing, String commodity,
                                         String selfDeclareType, MeatSource meat, MeatGrinding grinding) {
        return product(name, category, storage, traits, preservation, processing, commodity, selfDeclareType, meat, grinding, Set.of());
    }

    private static ProductDetail product(String name, String category, Storage storage, Set<ProductTrait> traits,
                                         Set<String> preservation, Set<String> processing, String commodity,
                                         String selfDeclareType, MeatSource meat, MeatGrinding grinding,
                                         Set<ProductTrait> unanswered) {
        return new ProductDetail(1, 1, "Usaha", name, "Merek", category, null, null, null, null, 90, storage, null,
                traits, commodity, selfDeclareType, preservation, processing, meat, grinding, unanswered, List.of(), List.of(), 0, true);
    }

    private static BusinessDetail business(BusinessKind kind, Integer menuItems) {
        return new BusinessDetail(1, "Usaha", LegalForm.PERORANGAN, "1234567890123", null, List.of(), Sector.PROCESSED_FOOD,
                null, "18.71.01.1001", "Kota", null, null, 2, 2020, BigDecimal.valueOf(10_000_000), BigDecimal.valueOf(100_000_000),
                BusinessScale.MIKRO, null, null, 1, 1, kind, menuItems, BusinessStatus.VERIFIED, null, null, null, List.of(),
                List.of(), List.of(), 0, new BusinessDetail.Permissions(true, false), null, null);
    }
}
