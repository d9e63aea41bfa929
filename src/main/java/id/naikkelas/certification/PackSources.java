package id.naikkelas.certification;

import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.ProductDetail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The registry values a pack field may name as its {@code source}, and how each becomes text.
 * Only these paths (and {@code case.references.<STEP>}) are accepted in application-packs.yml,
 * so a typo fails at start-up instead of leaving a form field silently empty.
 */
final class PackSources {

    static final String REFERENCE_PREFIX = "case.references.";

    /** What a pack is filled from; the business is as its viewer may see it (NIK masked when needed). */
    record Input(CaseView c, BusinessDetail business, ProductDetail product) {
    }

    private static final Map<String, BiFunction<Input, PackLabels, String>> SOURCES = sources();

    private PackSources() {
    }

    private static Map<String, BiFunction<Input, PackLabels, String>> sources() {
        Map<String, BiFunction<Input, PackLabels, String>> s = new LinkedHashMap<>();
        s.put("business.name", (in, l) -> in.business().name());
        s.put("business.legalForm", (in, l) -> l.code(in.business().legalForm()));
        s.put("business.nib", (in, l) -> in.business().nib());
        s.put("business.npwp", (in, l) -> in.business().npwp());
        s.put("business.kbliCodes", (in, l) -> join(in.business().kbliCodes(), ", "));
        s.put("business.sector", (in, l) -> l.code(in.business().sector()));
        s.put("business.address", (in, l) -> in.business().address());
        s.put("business.regionLabel", (in, l) -> in.business().regionLabel());
        s.put("business.scale", (in, l) -> l.code(in.business().scale()));
        s.put("business.capital", (in, l) -> l.rupiah(in.business().capital()));
        s.put("business.annualSales", (in, l) -> l.rupiah(in.business().annualSales()));
        s.put("business.workers", (in, l) -> text(in.business().workers()));
        s.put("business.premises", (in, l) -> l.code(in.business().premises()));
        s.put("business.equipment", (in, l) -> l.code(in.business().equipment()));
        s.put("business.productionSites", (in, l) -> text(in.business().productionSites()));
        s.put("business.outlets", (in, l) -> text(in.business().outlets()));
        s.put("owner.fullName", (in, l) -> in.business().owner().fullName());
        s.put("owner.nik", (in, l) -> in.business().owner().nik());
        s.put("owner.gender", (in, l) -> l.code("gender", in.business().owner().gender()));
        s.put("owner.phone", (in, l) -> in.business().owner().phone());
        s.put("owner.email", (in, l) -> in.business().owner().email());
        s.put("product.name", (in, l) -> in.product().name());
        s.put("product.brand", (in, l) -> in.product().brand());
        s.put("product.foodCategory", (in, l) -> l.foodCategory(in.product().foodCategoryCode()));
        s.put("product.irtFoodType", (in, l) -> l.irtFoodType(in.product().irtFoodTypeCode()));
        s.put("product.packaging", (in, l) -> l.code(in.product().packaging()));
        s.put("product.netContent", (in, l) -> in.product().netContent());
        s.put("product.shelfLifeDays", (in, l) -> l.days(in.product().shelfLifeDays()));
        s.put("product.storage", (in, l) -> l.code(in.product().storage()));
        s.put("product.ingredients", (in, l) -> in.product().ingredients());
        s.put("product.traits", (in, l) -> join(in.product().traits().stream().sorted()
                .map(l::code).toList(), "; "));
        s.put("case.facilitator", (in, l) -> in.c().facilitator());
        return Collections.unmodifiableMap(s);
    }

    /** Every fixed path, in a stable order for error messages. */
    static Set<String> names() {
        return SOURCES.keySet();
    }

    static boolean isFixed(String path) {
        return SOURCES.containsKey(path);
    }

    /** The step named by a {@code case.references.<STEP>} path, or null for any other path. */
    static String referencedStep(String path) {
        return path.startsWith(REFERENCE_PREFIX) ? path.substring(REFERENCE_PREFIX.length()) : null;
    }

    /** The value as display text; null when the registry holds nothing for it. */
    static String resolve(String path, Input input, PackLabels labels) {
        String step = referencedStep(path);
        String value = step != null
                ? input.c().steps().stream().filter(s -> s.step().code().equals(step))
                        .map(CaseView.StepView::reference).filter(Objects::nonNull).findFirst().orElse(null)
                : SOURCES.get(path).apply(input, labels);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(Integer number) {
        return number == null ? null : String.valueOf(number);
    }

    private static String join(List<String> values, String separator) {
        return values == null ? null : values.stream().filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(separator));
    }
}
