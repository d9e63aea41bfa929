package id.naikkelas.certification;

import id.naikkelas.common.Labels;
import id.naikkelas.common.Choices;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.ProductVocabulary;
import id.naikkelas.registry.BusinessKind;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.MeatGrinding;
import id.naikkelas.registry.MeatSource;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.ProductData;
import id.naikkelas.registry.ProductTrait;
import id.naikkelas.registry.ScaleThresholds;
import id.naikkelas.registry.Sector;
import id.naikkelas.registry.Storage;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The public permit self-check: turns plain answers into the facts the requirement rules read, asks the
 * {@link RequirementEngine}, and lays the decisions out as the steps an owner works through, in order, each
 * with its reason, legal basis, where to apply and cost ({@link PermitGuide}). Nothing is stored.
 */
@Component
class PermitCheck {

    static final int MAX_TEXT = 100;
    static final int MAX_CHOICES = 20;
    static final int MAX_COUNT = 10_000;
    static final int MAX_SHELF_LIFE_DAYS = 3_650;
    /** Rp1 quadrillion: far above any UMKM figure, below what a long holds comfortably. */
    static final long MAX_RUPIAH = 1_000_000_000_000_000L;
    static final String NO_COMMODITY = "NONE";
    // the registry's own choices, so an answer means what the product and business forms mean by it
    static final List<String> STORAGES = names(Storage.values());
    static final List<String> EQUIPMENT = names(Equipment.values());
    static final List<String> KINDS = names(BusinessKind.values());
    static final List<String> MEAT_SOURCES = names(MeatSource.values());
    static final List<String> MEAT_GRINDINGS = names(MeatGrinding.values());
    static final List<String> SCALES = names(BusinessScale.values());

    /** A code and its name in both languages, for the questionnaire's choices. */
    public record Option(String code, String nameId, String nameEn, boolean confirmed) {

        public String name(Locale locale) {
            return PermitGuide.english(locale) ? nameEn : nameId;
        }
    }

    private final RequirementEngine engine;
    private final PathwayTemplates pathways;
    private final ProductVocabulary vocabulary;
    private final ProductProfiles profiles;
    private final MessageSource messages;
    private final PermitGuide guide = PermitGuide.loadDefault();
    private final ScaleThresholds thresholds = ScaleThresholds.load();
    private final List<Option> foodCategories;
    private final List<Option> irtFoodTypes;

    PermitCheck(RequirementEngine engine, PathwayTemplates pathways, ProductVocabulary vocabulary, ProductProfiles profiles,
                MessageSource messages, JdbcClient jdbc) {
        this.engine = engine;
        this.profiles = profiles;
        this.pathways = pathways;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.foodCategories = jdbc.sql("SELECT code, name_id, name_en FROM food_category ORDER BY code")
                .query((rs, i) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3), true)).list();
        this.irtFoodTypes = jdbc.sql("SELECT code, name_id, name_en FROM irt_food_type ORDER BY code")
                .query((rs, i) -> new Option(rs.getString(1), rs.getString(2), rs.getString(3), true)).list();
        ProductProfiles.checkMethodFacts(vocabulary);
    }

    List<Option> foodCategories() {
        return foodCategories;
    }

    List<Option> irtFoodTypes() {
        return irtFoodTypes;
    }

    ProductVocabulary vocabulary() {
        return vocabulary;
    }

    ScaleThresholds thresholds() {
        return thresholds;
    }

    /** Checks the answers (every problem at once, by field) and evaluates them. */
    public PermitCheckResult check(PermitCheckAnswers answers, LocalDate today, Locale locale) {
        validate(answers);
        ProductProfile profile = profile(answers, today);
        return result(answers, profile, engine.evaluate(profile), locale);
    }

    // ---- input -------------------------------------------------------------------------------------------------

    void validate(PermitCheckAnswers a) {
        var problems = new InvalidInput.Collector();
        if (blank(a.getSector())) {
            problems.add("sector", "input.required", InvalidInput.label("sector"));
        } else {
            choice(problems, "sector", a.getSector(), ProductProfile.SECTORS, Sector.class);
        }
        length(problems, "productName", a.getProductName());
        length(problems, "brand", a.getBrand());
        choice(problems, "kind", a.getKind(), KINDS, BusinessKind.class);
        choice(problems, "storage", a.getStorage(), STORAGES, Storage.class);
        choice(problems, "equipment", a.getEquipment(), EQUIPMENT, Equipment.class);
        choice(problems, "meatSource", a.getMeatSource(), MEAT_SOURCES, MeatSource.class);
        choice(problems, "meatGrinding", a.getMeatGrinding(), MEAT_GRINDINGS, MeatGrinding.class);
        choice(problems, "scale", a.getScale(), SCALES, BusinessScale.class);
        code(problems, "foodCategory", a.getFoodCategory(), foodCategories.stream().map(Option::code).toList());
        code(problems, "irtFoodType", a.getIrtFoodType(), irtFoodTypes.stream().map(Option::code).toList());
        if (!blank(a.getSniCommodity()) && !NO_COMMODITY.equals(a.getSniCommodity())
                && vocabulary.sniCommodity(a.getSniCommodity()).isEmpty()) {
            problems.add("sniCommodity", "input.unknownCode", InvalidInput.label("sniCommodity"));
        }
        if (!blank(a.getSelfDeclareType()) && vocabulary.selfDeclareType(a.getSelfDeclareType()).isEmpty()) {
            problems.add("selfDeclareType", "input.unknownCode", InvalidInput.label("selfDeclareType"));
        }
        methods(problems, "preservation", a.getPreservation(), vocabulary.preservation());
        methods(problems, "processing", a.getProcessing(), vocabulary.processing());
        range(problems, "shelfLifeDays", a.getShelfLifeDays(), MAX_SHELF_LIFE_DAYS);
        range(problems, "menuItems", a.getMenuItems(), MAX_COUNT);
        range(problems, "productionSites", a.getProductionSites(), MAX_COUNT);
        range(problems, "outlets", a.getOutlets(), MAX_COUNT);
        range(problems, "capital", a.getCapital(), MAX_RUPIAH);
        range(problems, "annualSales", a.getAnnualSales(), MAX_RUPIAH);
        if (a.getAsOf() != null && (a.getAsOf().getYear() < 2000 || a.getAsOf().getYear() > 2100)) {
            problems.add("asOf", "input.date", InvalidInput.label("asOf"));
        }
        problems.throwIfAny();
    }

    private static List<String> names(Enum<?>[] choices) {
        return java.util.Arrays.stream(choices).map(Enum::name).toList();
    }

    private static void length(InvalidInput.Collector problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(field, "input.tooLong", InvalidInput.label(field), MAX_TEXT);
        }
    }

    @SuppressWarnings("rawtypes")
    private static void choice(InvalidInput.Collector problems, String field, String value, List<String> allowed,
                               Class<? extends Enum> type) {
        if (!blank(value) && !allowed.contains(value)) {
            problems.add(field, "input.choice", InvalidInput.label(field), new Choices(type, allowed));
        }
    }

    private static void code(InvalidInput.Collector problems, String field, String value, List<String> known) {
        if (!blank(value) && !known.contains(value)) {
            problems.add(field, "input.unknownCode", InvalidInput.label(field));
        }
    }

    private static void methods(InvalidInput.Collector problems, String field, List<String> codes, List<ProductVocabulary.Method> known) {
        if (codes == null) {
            return;
        }
        if (codes.size() > MAX_CHOICES) {
            problems.add(field, "input.max", InvalidInput.label(field), MAX_CHOICES);
        } else if (codes.stream().anyMatch(c -> c != null && !c.isEmpty() && known.stream().noneMatch(m -> m.code().equals(c)))) {
            problems.add(field, "input.unknownCode", InvalidInput.label(field));
        }
    }

    private static void range(InvalidInput.Collector problems, String field, Number value, long max) {
        if (value == null) {
            return;
        }
        if (value.longValue() < 0) {
            problems.add(field, "input.min", InvalidInput.label(field), 0);
        } else if (value.longValue() > max) {
            problems.add(field, "input.max", InvalidInput.label(field), max);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The answers as the product and business data the registry would hold, turned into facts by the same
     * {@link ProductProfiles} as a registered product: the same question means the same fact.
     */
    ProductProfile profile(PermitCheckAnswers a, LocalDate today) {
        Sector sector = Sector.valueOf(a.getSector());
        boolean food = sector.isFood();
        var traits = EnumSet.noneOf(ProductTrait.class);
        tick(traits, ProductTrait.ANIMAL_ORIGIN, a.getAnimalOrigin());
        tick(traits, ProductTrait.NON_HALAL_INGREDIENTS, a.getNonHalalIngredients());
        tick(traits, ProductTrait.SHARED_NON_HALAL_TOOLS, a.getSharedTools());
        tick(traits, ProductTrait.HAZARDOUS_MATERIALS, a.getHazardousMaterials());
        tick(traits, ProductTrait.ONLY_EXEMPT_MATERIALS, a.getOnlyExemptMaterials());
        tick(traits, ProductTrait.HALAL_INGREDIENTS_CERTAIN, a.getIngredientsHalalCertain());
        tick(traits, ProductTrait.SEPARATE_HALAL_FACILITY, a.getSeparateHalalFacility());
        if (food) {
            tick(traits, ProductTrait.SPECIAL_DIETARY, a.getSpecialNutrition());
            tick(traits, ProductTrait.LABEL_CLAIMS, a.getLabelClaims());
            tick(traits, ProductTrait.MEDICINAL_CLAIMS, a.getMedicinalClaims());
            tick(traits, ProductTrait.READY_TO_EAT, a.getReadyToEat());
            tick(traits, ProductTrait.PACKED_IN_FRONT_OF_BUYER, a.getPackedInFrontOfBuyer());
            tick(traits, ProductTrait.FRESH_PRODUCE, a.getFreshProduce());
            tick(traits, ProductTrait.FORTIFIED, a.getFortified());
            tick(traits, ProductTrait.FOOD_ADDITIVE, a.getFoodAdditive());
            tick(traits, ProductTrait.ALCOHOLIC, a.getAlcoholic());
            tick(traits, ProductTrait.DAIRY, a.getDairy());
        }
        // a box left unticked is "not confirmed yet", not "no": the route stays self-declare with what to check
        var unanswered = EnumSet.noneOf(ProductTrait.class);
        ProductData.CONFIRMATIONS.stream().filter(t -> !traits.contains(t)).forEach(unanswered::add);
        var product = new ProductData(emptyToNull(a.getProductName()), emptyToNull(a.getBrand()),
                food ? emptyToNull(a.getFoodCategory()) : null, food ? emptyToNull(a.getIrtFoodType()) : null, null, null, null,
                food ? a.getShelfLifeDays() : null, food && !blank(a.getStorage()) ? Storage.valueOf(a.getStorage()) : Storage.AMBIENT,
                null, traits, emptyToNull(a.getSniCommodity()), emptyToNull(a.getSelfDeclareType()), Set.copyOf(codes(a.getPreservation())),
                Set.copyOf(codes(a.getProcessing())), blank(a.getMeatSource()) ? null : MeatSource.valueOf(a.getMeatSource()),
                blank(a.getMeatGrinding()) ? null : MeatGrinding.valueOf(a.getMeatGrinding()), unanswered);
        var business = new ProductProfiles.BusinessFacts(sector,
                a.getMadeAtHome() == null || a.getMadeAtHome() ? Premises.RESIDENCE : Premises.SEPARATE_BUILDING,
                blank(a.getEquipment()) ? null : Equipment.valueOf(a.getEquipment()),
                food && !blank(a.getKind()) ? BusinessKind.valueOf(a.getKind()) : null, a.getMenuItems(), scale(a).orElse(null),
                a.getAnnualSales() == null ? null : BigDecimal.valueOf(a.getAnnualSales()), Boolean.TRUE.equals(a.getHasNib()),
                a.getProductionSites(), a.getOutlets());
        return profiles.of(product, business, Set.of(), a.getAsOf() != null ? a.getAsOf() : today);
    }

    private static void tick(Set<ProductTrait> traits, ProductTrait trait, Boolean answer) {
        if (Boolean.TRUE.equals(answer)) {
            traits.add(trait);
        }
    }

    /** Sales decide when known, then capital (as the registry does, PP 7/2021 art. 35); a chosen scale otherwise. */
    Optional<BusinessScale> scale(PermitCheckAnswers a) {
        if (a.getAnnualSales() != null || a.getCapital() != null) {
            return Optional.ofNullable(thresholds.classify(a.getCapital() == null ? null : BigDecimal.valueOf(a.getCapital()),
                    a.getAnnualSales() == null ? null : BigDecimal.valueOf(a.getAnnualSales())));
        }
        return blank(a.getScale()) ? Optional.empty() : Optional.of(BusinessScale.valueOf(a.getScale()));
    }

    private static List<String> codes(List<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isEmpty()).distinct().toList();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value;
    }

    // ---- output ------------------------------------------------------------------------------------------------

    PermitCheckResult result(PermitCheckAnswers a, ProductProfile profile, RequirementReport report, Locale locale) {
        boolean en = PermitGuide.english(locale);
        var steps = new ArrayList<PermitCheckResult.Step>();
        for (Prerequisite p : report.prerequisites()) {
            var entry = guide.find(p.id());
            steps.add(new PermitCheckResult.Step(p.id(), PermitCheckResult.Kind.PREREQUISITE, null,
                    text("permitCheck.prerequisite." + p.id(), locale), Outcome.REQUIRED, null, en ? p.textEn() : p.textId(),
                    List.of(), p.legalBasis(), List.of(), entry.map(e -> e.where(locale)).orElse(null),
                    entry.map(e -> e.cost(locale)).orElse(null), p.link(), entry.map(PermitGuide.Entry::source).orElse(null),
                    entry.map(PermitGuide.Entry::confirmed).orElse(true), List.of()));
        }
        var notNeeded = new ArrayList<PermitCheckResult.Step>();
        Set<String> present = new LinkedHashSet<>();
        report.prerequisites().forEach(p -> present.add(p.id()));
        report.requirements().forEach(r -> present.add(r.permit().name()));
        var supporting = new ArrayList<PermitCheckResult.Step>();
        for (Requirement r : report.requirements()) {
            boolean act = r.outcome().isPursued() || r.outcome() == Outcome.LABEL_STATEMENT_REQUIRED;
            var entry = r.outcome().isPursued() ? guide.find(r.permit().name()) : Optional.<PermitGuide.Entry>empty();
            var step = new PermitCheckResult.Step(r.permit().name(), PermitCheckResult.Kind.PERMIT, r.permit(),
                    text(Labels.key(r.permit()), locale), r.outcome(), r.route(), en ? r.reasonEn() : r.reasonId(),
                    r.alsoBecause().stream().map(b -> new PermitCheckResult.Reason(en ? b.reasonEn() : b.reasonId(), b.legalBasis())).toList(),
                    r.legalBasis(),
                    // what keeps the product off self-declare first, then what is still to confirm, then what holds
                    r.criteriaByConcern().stream()
                            .map(c -> new PermitCheckResult.Check(c.criterion().id(), c.status(), en ? c.textEn() : c.textId())).toList(),
                    entry.map(e -> e.where(locale)).orElse(null), entry.map(e -> e.cost(locale)).orElse(null),
                    entry.map(PermitGuide.Entry::link).orElse(null), entry.map(PermitGuide.Entry::source).orElse(null),
                    entry.map(PermitGuide.Entry::confirmed).orElse(true),
                    r.outcome().isPursued() ? pathway(r.permit(), r.route(), locale) : List.of());
            (act ? steps : notNeeded).add(step);
            if (r.outcome().isPursued()) {
                for (String need : entry.map(PermitGuide.Entry::needs).orElse(List.of())) {
                    // a prerequisite (the NIB) is listed by the rules when it is missing; a permit the rules do not decide is added
                    if (need.matches("[a-z][a-z-]*") || !present.add(need)) {
                        continue;
                    }
                    var needed = guide.find(need).orElseThrow();
                    PermitType type = PermitType.valueOf(need);
                    supporting.add(new PermitCheckResult.Step(need, PermitCheckResult.Kind.SUPPORTING, type, text(Labels.key(type), locale),
                            r.outcome(), null, text("permitCheck.neededFor", locale, text(Labels.key(r.permit()), locale)), List.of(),
                            r.legalBasis(), List.of(), needed.where(locale), needed.cost(locale), needed.link(), needed.source(),
                            needed.confirmed(), pathway(type, null, locale)));
                }
            }
        }
        steps.addAll(supporting);
        Comparator<PermitCheckResult.Step> order = Comparator.<PermitCheckResult.Step>comparingInt(s -> guide.order(s.key()))
                .thenComparing(s -> s.outcome().ordinal())
                .thenComparing(s -> s.permit() == null ? -1 : s.permit().ordinal());
        steps.sort(order);
        notNeeded.sort(Comparator.comparing(s -> s.permit().ordinal()));
        var commodity = profile.sniCommodity() == null ? null : vocabulary.sniCommodity(profile.sniCommodity())
                .map(c -> new PermitCheckResult.Commodity(c.code(), c.term().name(locale), c.standard(), c.mandatory(),
                        blank(a.getSniCommodity()), c.term().confirmed()))
                .orElse(null);
        return new PermitCheckResult(report.asOf(), report.rulesVersion(), guide.version(), emptyToNull(a.getProductName()),
                profile.scale(), scaleBasis(a), commodity, steps, notNeeded);
    }

    private static String scaleBasis(PermitCheckAnswers a) {
        return a.getAnnualSales() != null ? "SALES" : a.getCapital() != null ? "CAPITAL" : blank(a.getScale()) ? null : "CHOSEN";
    }

    private List<String> pathway(PermitType permit, Route route, Locale locale) {
        boolean en = PermitGuide.english(locale);
        return pathways.forPermit(permit, route).map(t -> t.steps().stream().filter(s -> !s.optional())
                .map(s -> en ? s.titleEn() : s.titleId()).toList()).orElse(List.of());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
