package id.naikkelas.registry;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Spacing;
import id.naikkelas.common.Today;
import id.naikkelas.reference.ProductVocabulary;
import id.naikkelas.reference.Regions;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a whole business or product entry at once and returns the cleaned values, so a person
 * sees every problem of a form together, each on its field, before anything is saved.
 */
@Component
class RegistryValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern KBLI = Pattern.compile("\\d{5}");
    private static final Pattern NPWP = Pattern.compile("\\d{15,16}");
    private static final Pattern NPWP_SEPARATORS = Pattern.compile("[.\\-\\s]");

    private final Regions regions;
    private final ReferenceOptions reference;
    private final ProductVocabulary vocabulary;
    private final ScaleThresholds scales = ScaleThresholds.load();
    private final PermitNumbers permitNumbers = PermitNumbers.load();
    private final Today today;

    RegistryValidation(Regions regions, ReferenceOptions reference, ProductVocabulary vocabulary, Today today) {
        this.today = today;
        this.regions = regions;
        this.reference = reference;
        this.vocabulary = vocabulary;
    }

    record CleanBusiness(BusinessData data, BusinessScale scale, String ownerNikMasked, String searchDoc) {
    }

    CleanBusiness business(BusinessData in) {
        return business(in, regions::exists);
    }

    /** Same checks with the region look-up given, so a bulk import asks the database once per batch, not per row. */
    CleanBusiness business(BusinessData in, Predicate<String> knownRegion) {
        var problems = new InvalidInput.Collector().check(in);
        String name = required(in.name(), "name", 200, problems);
        if (in.legalForm() == null) {
            problems.add("legalForm", "field.required");
        }
        if (in.sector() == null) {
            problems.add("sector", "field.required");
        }
        String nib = null;
        if (!blank(in.nib())) {
            var check = Nib.check(in.nib());
            nib = report(check.problems(), "nib", problems, check.normalized());
        }
        String npwp = blank(in.npwp()) ? null : NPWP_SEPARATORS.matcher(in.npwp()).replaceAll("");
        if (npwp != null && !NPWP.matcher(npwp).matches()) {
            problems.add("npwp", "registry.npwp.format");
        }
        var kbli = new ArrayList<String>();
        for (String code : in.kbliCodes() == null ? List.<String>of() : in.kbliCodes()) {
            if (blank(code)) {
                continue;
            }
            if (!KBLI.matcher(code.trim()).matches()) {
                problems.add("kbliCodes", "registry.kbli.format", code.trim());
            } else if (!kbli.contains(code.trim())) {
                kbli.add(code.trim());
            }
        }
        if (blank(in.regionCode())) {
            problems.add("regionCode", "registry.region.required");
        } else if (!knownRegion.test(in.regionCode().trim())) {
            problems.add("regionCode", "region.unknown", in.regionCode());
        } else if (in.regionCode().trim().chars().filter(c -> c == '.').count() < 2) {
            problems.add("regionCode", "registry.region.tooCoarse");
        }
        if ((in.latitude() == null) != (in.longitude() == null)
                || in.latitude() != null && (in.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
                || in.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            problems.add("latitude", "registry.location.invalid");
        }
        nonNegative(in.workers(), "workers", problems);
        nonNegative(in.productionSites(), "productionSites", problems);
        nonNegative(in.outlets(), "outlets", problems);
        nonNegative(in.menuItems(), "menuItems", problems);
        if (in.foundedYear() != null && (in.foundedYear() < 1900 || in.foundedYear() > today.date().getYear())) {
            problems.add("foundedYear", "registry.foundedYear.range", today.date().getYear());
        }
        nonNegative(in.capital(), "capital", problems);
        nonNegative(in.annualSales(), "annualSales", problems);

        var owner = in.owner() == null ? new BusinessData.OwnerData(null, null, null, null, null) : in.owner();
        String ownerName = required(owner.fullName(), "owner.fullName", 200, problems);
        String nik = null;
        if (!blank(owner.nik())) {
            var check = Nik.check(owner.nik(), today.date());
            nik = report(check.problems(), "owner.nik", problems, check.normalized());
        }
        String phone = null;
        if (!blank(owner.phone())) {
            var check = PhoneNumbers.check(owner.phone());
            phone = report(check.problems(), "owner.phone", problems, check.e164());
        }
        String email = blank(owner.email()) ? null : owner.email().trim().toLowerCase(Locale.ROOT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("owner.email", "field.email");
        }
        String gender = blank(owner.gender()) ? null : owner.gender().trim().toUpperCase(Locale.ROOT);
        if (gender != null && !gender.equals("L") && !gender.equals("P")) {
            problems.add("owner.gender", "registry.gender.invalid");
        }
        problems.throwIfAny();

        var clean = new BusinessData(name, in.legalForm(), nib, npwp, kbli, in.sector(), trim(in.address()),
                in.regionCode().trim(), in.latitude(), in.longitude(), in.workers(), in.foundedYear(), in.capital(),
                in.annualSales(), in.premises(), in.equipment(), in.productionSites(), in.outlets(),
                new BusinessData.OwnerData(ownerName, nik, gender, phone, email), in.kind(),
                in.kind() == null || !in.kind().servesFood() ? null : in.menuItems(), trim(in.notes()));
        return new CleanBusiness(clean, scales.classify(in.capital(), in.annualSales()), nik == null ? null : Nik.mask(nik),
                name + " " + ownerName);
    }

    /** The scale a business's declared capital and sales give (PP 7/2021), null when neither is known. */
    BusinessScale scale(BigDecimal capital, BigDecimal annualSales) {
        return scales.classify(capital, annualSales);
    }

    ProductData product(ProductData in, Sector sector) {
        var problems = new InvalidInput.Collector().check(in);
        String name = required(in.name(), "name", 200, problems);
        if (sector.isFood() && blank(in.foodCategoryCode())) {
            problems.add("foodCategoryCode", "registry.product.categoryRequired");
        } else if (!blank(in.foodCategoryCode()) && !reference.isFoodCategory(in.foodCategoryCode().trim())) {
            problems.add("foodCategoryCode", "input.unknownCode", InvalidInput.label("foodCategoryCode"));
        }
        if (!blank(in.irtFoodTypeCode()) && !reference.isIrtFoodType(in.irtFoodTypeCode().trim())) {
            problems.add("irtFoodTypeCode", "input.unknownCode", InvalidInput.label("irtFoodTypeCode"));
        }
        if (in.shelfLifeDays() != null && (in.shelfLifeDays() < 0 || in.shelfLifeDays() > 3650)) {
            problems.add("shelfLifeDays", "registry.product.shelfLife.range");
        }
        String commodity = trim(in.sniCommodity());
        if (commodity != null && !commodity.equals(ProductData.NO_COMMODITY) && vocabulary.sniCommodity(commodity).isEmpty()) {
            problems.add("sniCommodity", "input.unknownCode", InvalidInput.label("sniCommodity"));
        }
        String selfDeclareType = trim(in.selfDeclareType());
        if (selfDeclareType != null && vocabulary.selfDeclareType(selfDeclareType).isEmpty()) {
            problems.add("selfDeclareType", "input.unknownCode", InvalidInput.label("selfDeclareType"));
        }
        var preservation = methods(in.preservation(), "preservation", vocabulary.preservation(), problems);
        var processing = methods(in.processing(), "processing", vocabulary.processing(), problems);
        problems.throwIfAny();
        boolean meat = in.meatSource() != null && in.meatSource() != MeatSource.NONE;
        return new ProductData(name, trim(in.brand()), trim(in.foodCategoryCode()), trim(in.irtFoodTypeCode()),
                trim(in.sectorCategory()), in.packaging(), trim(in.netContent()), in.shelfLifeDays(),
                in.storage() == null ? Storage.AMBIENT : in.storage(), trim(in.ingredients()),
                in.traits() == null ? Set.of() : in.traits(), commodity, selfDeclareType, preservation, processing,
                in.meatSource(), meat ? in.meatGrinding() : null, unanswered(in));
    }

    /** Only the halal confirmations can be left unanswered, and an answered yes wins over "not known". */
    private static Set<ProductTrait> unanswered(ProductData in) {
        var unanswered = EnumSet.noneOf(ProductTrait.class);
        if (in.unanswered() != null) {
            in.unanswered().stream().filter(ProductData.CONFIRMATIONS::contains)
                    .filter(t -> in.traits() == null || !in.traits().contains(t)).forEach(unanswered::add);
        }
        return unanswered;
    }

    /** The known method codes of a multi-select, each unknown one reported on the field. */
    private static Set<String> methods(Set<String> codes, String field, List<ProductVocabulary.Method> known,
                                       InvalidInput.Collector problems) {
        var clean = new TreeSet<String>();
        for (String code : codes == null ? Set.<String>of() : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (known.stream().noneMatch(m -> m.code().equals(code.trim()))) {
                problems.add(field, "input.unknownCode", InvalidInput.label(field));
            } else {
                clean.add(code.trim());
            }
        }
        return clean;
    }

    PermitData permit(PermitData in) {
        var problems = new InvalidInput.Collector().check(in);
        String number = null;
        if (in.type() == null) {
            problems.add("type", "field.required");
        } else if (blank(in.number())) {
            problems.add("number", "field.required");
        } else {
            var check = permitNumbers.check(in.type(), in.number());
            number = report(check.problems(), "number", problems, check.normalized());
        }
        if (in.issuedOn() != null && in.expiresOn() != null && in.expiresOn().isBefore(in.issuedOn())) {
            problems.add("expiresOn", "registry.permit.expiryBeforeIssue");
        }
        problems.throwIfAny();
        return new PermitData(in.type(), number, in.issuedOn(), in.expiresOn(), trim(in.issuer()));
    }

    private static String report(List<ValidationProblem> found, String field, InvalidInput.Collector problems, String value) {
        found.forEach(p -> problems.add(field, p.code(), p.argsArray()));
        return found.isEmpty() ? value : null;
    }

    private static String required(String value, String field, int max, InvalidInput.Collector problems) {
        if (blank(value)) {
            problems.add(field, "field.required");
            return null;
        }
        String trimmed = Spacing.collapse(value.trim());
        if (trimmed.length() > max) {
            problems.add(field, "registry.tooLong", max);
        }
        return trimmed;
    }


    private static void nonNegative(Number value, String field, InvalidInput.Collector problems) {
        if (value != null && value.doubleValue() < 0) {
            problems.add(field, "registry.negative");
        } else if (value instanceof BigDecimal amount && amount.compareTo(MAX_AMOUNT) >= 0) {
            // the column holds 18 digits, and "1e999999999" sent as JSON would be a billion of them spelled out
            problems.add(field, "registry.amount.tooLarge");
        }
    }

    /** Sixteen digits of rupiah, as many as the forms and imports accept (far beyond any UMKM). */
    private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(16);

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
