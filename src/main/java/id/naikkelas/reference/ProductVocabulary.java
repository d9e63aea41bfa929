package id.naikkelas.reference;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a product can be said to be, for the questions the permit rules need answered: SNI
 * commodities, the product types of the halal self-declare list, preservation methods and
 * non-simple processing, and the materials exempt from halal certification. Each entry carries
 * its source and whether it was confirmed ({@code reference/product-vocabulary.yml}).
 */
@Component
public class ProductVocabulary {

    static final String RESOURCE = "/reference/product-vocabulary.yml";

    /** One choice, named in both languages, with where it comes from. */
    public record Term(String code, String nameId, String nameEn, String source, boolean confirmed) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameId;
        }
    }

    /** A commodity for which an SNI exists; {@code mandatory} when a ministerial regulation makes it compulsory. */
    public record SniCommodity(Term term, String standard, boolean mandatory, List<String> foodCategories, List<String> keywords) {

        public String code() {
            return term.code();
        }
    }

    /** A product type of the halal self-declare list (Kepkaban 145/2025); {@code listed} false for types the list leaves out. */
    public record SelfDeclareType(Term term, boolean listed, List<String> foodCategories) {

        public String code() {
            return term.code();
        }
    }

    /**
     * A preservation method or a processing step. {@code sets} names a yes/no fact of the permit
     * rules the method makes true (e.g. pasteurised); {@code counts} whether it counts as a
     * preservation method; {@code simple} false when it is not the halal "simple technology".
     */
    public record Method(Term term, boolean counts, boolean simple, String sets) {

        public String code() {
            return term.code();
        }
    }

    private final List<SniCommodity> sniCommodities;
    private final List<SelfDeclareType> selfDeclareTypes;
    private final List<Method> preservation;
    private final List<Method> processing;
    private final List<Term> exemptMaterials;

    public ProductVocabulary() {
        Map<?, ?> top;
        try (InputStream in = ProductVocabulary.class.getResourceAsStream(RESOURCE)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            top = (Map<?, ?>) new Yaml(new SafeConstructor(options)).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sniCommodities = entries(top, "sni_commodities").stream().map(e -> new SniCommodity(term(e), text(e, "standard"),
                flag(e, "mandatory", null), texts(e, "food_categories"), texts(e, "keywords"))).toList();
        selfDeclareTypes = entries(top, "self_declare_types").stream()
                .map(e -> new SelfDeclareType(term(e), flag(e, "listed", null), texts(e, "food_categories"))).toList();
        preservation = entries(top, "preservation").stream()
                .map(e -> new Method(term(e), flag(e, "counts", null), true, optionalText(e, "sets"))).toList();
        processing = entries(top, "processing").stream()
                .map(e -> new Method(term(e), false, flag(e, "simple", null), optionalText(e, "sets"))).toList();
        exemptMaterials = entries(top, "exempt_materials").stream().map(ProductVocabulary::term).toList();
        unique(sniCommodities.stream().map(SniCommodity::code).toList());
        unique(selfDeclareTypes.stream().map(SelfDeclareType::code).toList());
        unique(java.util.stream.Stream.concat(preservation.stream(), processing.stream()).map(Method::code).toList());
        unique(exemptMaterials.stream().map(Term::code).toList());
    }

    private static void unique(List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new IllegalStateException(RESOURCE + ": code " + code + " appears twice in one list");
            }
        }
    }

    public List<SniCommodity> sniCommodities() {
        return sniCommodities;
    }

    public Optional<SniCommodity> sniCommodity(String code) {
        return sniCommodities.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * The commodity a product most likely is, from its BPOM category and a keyword of its name
     * (a non-food product has no category, so only its name counts); empty when nothing fits.
     */
    public Optional<SniCommodity> suggestSni(String foodCategory, String productName) {
        if (productName == null) {
            return Optional.empty();
        }
        String name = productName.toLowerCase(Locale.ROOT);
        return sniCommodities.stream()
                .filter(c -> foodCategory == null ? c.foodCategories().isEmpty() : c.foodCategories().contains(foodCategory))
                .filter(c -> c.keywords().stream().anyMatch(name::contains))
                .findFirst();
    }

    public List<SelfDeclareType> selfDeclareTypes() {
        return selfDeclareTypes;
    }

    public Optional<SelfDeclareType> selfDeclareType(String code) {
        return selfDeclareTypes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The self-declare product type a BPOM food category falls in, if one does. */
    public Optional<SelfDeclareType> suggestSelfDeclareType(String foodCategory) {
        return foodCategory == null ? Optional.empty()
                : selfDeclareTypes.stream().filter(t -> t.foodCategories().contains(foodCategory)).findFirst();
    }

    public List<Method> preservation() {
        return preservation;
    }

    public List<Method> processing() {
        return processing;
    }

    /** A preservation method or processing step by code. */
    public Optional<Method> method(String code) {
        return java.util.stream.Stream.concat(preservation.stream(), processing.stream())
                .filter(m -> m.code().equals(code)).findFirst();
    }

    public List<Term> exemptMaterials() {
        return exemptMaterials;
    }

    private static List<Map<?, ?>> entries(Map<?, ?> top, String key) {
        if (!(top.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": '" + key + "' must be a non-empty list");
        }
        List<Map<?, ?>> entries = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new IllegalStateException(RESOURCE + " > " + key + ": expected a map, found " + item);
            }
            entries.add(map);
        }
        return entries;
    }

    private static Term term(Map<?, ?> entry) {
        return new Term(text(entry, "code"), text(entry, "name_id"), text(entry, "name_en"), text(entry, "source"),
                flag(entry, "confirmed", null));
    }

    private static String text(Map<?, ?> entry, String key) {
        if (!(entry.get(key) instanceof String value) || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": entry " + entry.get("code") + " needs text '" + key + "'");
        }
        return value.strip();
    }

    private static String optionalText(Map<?, ?> entry, String key) {
        return entry.containsKey(key) ? text(entry, key) : null;
    }

    private static boolean flag(Map<?, ?> entry, String key, Boolean fallback) {
        Object value = entry.get(key);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null && fallback != null) {
            return fallback;
        }
        throw new IllegalStateException(RESOURCE + ": entry " + entry.get("code") + " needs true/false '" + key + "'");
    }

    private static List<String> texts(Map<?, ?> entry, String key) {
        if (!(entry.get(key) instanceof List<?> list)) {
            throw new IllegalStateException(RESOURCE + ": entry " + entry.get("code") + " needs a list '" + key + "'");
        }
        return list.stream().map(String::valueOf).toList();
    }
}
