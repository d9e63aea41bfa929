package id.naikkelas.imports;

import id.naikkelas.identity.Jurisdiction;
import id.naikkelas.reference.Region;
import id.naikkelas.reference.Regions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the official region of a row from a code or from names ("Kec. Dumai Barat", "KAB. BENGKALIS"),
 * looking only inside the importer's jurisdiction and inside the parent already found (a district
 * within its regency, a village within its district). Small typos are tolerated when exactly one
 * region is that close; anything unknown or ambiguous is reported with the reason, never guessed.
 *
 * <p>One resolver serves one job: region lists and answers are cached, so a million rows cost a few
 * hundred queries.
 */
final class RegionResolver {

    /** Spellings remembered as written; past this many (a list of unusually varied spellings) they start over. */
    private static final int NAMES_CACHED = 100_000;
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    /** Provinces agencies call by their common short names. */
    private static final Map<String, String> PROVINCE_ALIASES = Map.of(
            "dkijakarta", "31", "jakarta", "31", "diyogyakarta", "34", "yogyakarta", "34", "diy", "34",
            "babel", "19", "kepri", "21", "ntb", "52", "ntt", "53");

    private final Regions regions;
    private final Jurisdiction jurisdiction;
    /** The officer accepted, for the whole file, that a village not found in its district leaves the business in the district. */
    private final boolean villageFallback;
    /** Every regency and every district of the country, read once when a name is not found in the jurisdiction. */
    private List<Named> allRegencies;
    private List<Named> allDistricts;
    private final Map<String, List<Named>> children = new HashMap<>();
    private final Map<Written, Result> answers = new HashMap<>();
    private final Map<String, RegionName> names = new HashMap<>();

    RegionResolver(Regions regions, Jurisdiction jurisdiction) {
        this(regions, jurisdiction, false);
    }

    RegionResolver(Regions regions, Jurisdiction jurisdiction, boolean villageFallback) {
        this.regions = regions;
        this.jurisdiction = jurisdiction;
        this.villageFallback = villageFallback;
    }

    /** A region code (district or village), or the field that could not be resolved and why. */
    record Result(String code, Field field, String problem, List<Object> args) {

        static Result of(String code) {
            return new Result(code, null, null, List.of());
        }

        static Result problem(Field field, String problem, Object... args) {
            return new Result(null, field, problem, List.of(args));
        }

        boolean ok() {
            return code != null;
        }
    }

    private record Named(Region region, RegionName name) {
    }

    Result resolve(String code, String province, String regency, String district, String village) {
        var key = new Written(blankIfNull(code).trim(), name(province), name(regency), name(district), name(village));
        return answers.computeIfAbsent(key, k -> compute(code, province, regency, district, village));
    }

    /** How a row names its region, reduced: rows that differ only in capitals or prefixes ("Kec.") share an answer. */
    private record Written(String code, RegionName province, RegionName regency, RegionName district, RegionName village) {
    }

    /** A list repeats the same few thousand spellings: each is reduced once. */
    private RegionName name(String raw) {
        String text = blankIfNull(raw);
        var name = names.get(text);
        if (name == null) {
            name = RegionName.of(text);
            if (names.size() >= NAMES_CACHED) {
                names.clear();
            }
            names.put(text, name);
        }
        return name;
    }

    private Result compute(String codeText, String provinceText, String regencyText, String districtText, String villageText) {
        Region base = null;
        if (!blankIfNull(codeText).isBlank()) {
            String code = normaliseCode(codeText);
            var found = regions.find(code);
            if (found.isEmpty()) {
                return Result.problem(Field.REGION_CODE, "imports.region.codeUnknown", codeText.trim());
            }
            if (!open(code)) {
                return outside(Field.REGION_CODE, codeText, code);
            }
            if (found.get().level().ordinal() >= Region.Level.DISTRICT.ordinal()) {
                return Result.of(code);
            }
            base = found.get();
        }
        var province = RegionName.of(provinceText);
        var regency = RegionName.of(regencyText);
        var district = RegionName.of(districtText);
        var village = RegionName.of(villageText);

        List<Named> regencies = regencies(base, province);
        if (regencies == null) {
            var elsewhere = pick(childrenOf(null, false), province).named();
            return elsewhere != null ? outside(Field.PROVINCE, provinceText, elsewhere.region().code())
                    : Result.problem(Field.PROVINCE, "imports.region.notFound", provinceText.trim());
        }
        Named foundRegency = null;
        if (!regency.isEmpty()) {
            var pick = pickRegency(regencies, regency);
            if (pick.problem() != null) {
                return elsewhere(Field.REGENCY, pick.problem(), regencyText, regency, allRegenciesOfTheCountry());
            }
            foundRegency = pick.named();
        } else if (regencies.size() == 1) {
            foundRegency = regencies.get(0);
        }
        List<Named> districts = foundRegency != null ? childrenOf(foundRegency.region().code())
                : regencies.stream().flatMap(r -> childrenOf(r.region().code()).stream()).toList();
        if (district.isEmpty()) {
            return village.isEmpty() ? Result.problem(Field.DISTRICT, "imports.region.missing")
                    : villageWithoutDistrict(districts, village, villageText);
        }
        var pickedDistrict = pick(districts, district);
        if (pickedDistrict.problem() != null) {
            return elsewhere(Field.DISTRICT, pickedDistrict.problem(), districtText, district, allDistrictsOfTheCountry());
        }
        var foundDistrict = pickedDistrict.named().region();
        String districtCode = foundDistrict.code();
        if (village.isEmpty()) {
            return covered(districtCode, Field.DISTRICT, districtText);
        }
        var pickedVillage = pick(childrenOf(districtCode), village);
        if ("imports.region.notFound".equals(pickedVillage.problem())) {
            // the district is known: the officer may keep the business there, for the whole file
            return villageFallback ? covered(districtCode, Field.DISTRICT, districtText)
                    : Result.problem(Field.VILLAGE, "imports.region.villageNotFound", villageText.trim(), foundDistrict.name(), districtCode);
        }
        if (pickedVillage.problem() != null) {
            return Result.problem(Field.VILLAGE, pickedVillage.problem(), villageText.trim());
        }
        return covered(pickedVillage.named().region().code(), Field.VILLAGE, villageText);
    }

    /** A village named without its district: fine when one village of the regency (in the jurisdiction) has that name. */
    private Result villageWithoutDistrict(List<Named> districts, RegionName village, String villageText) {
        var villages = districts.stream().flatMap(d -> childrenOf(d.region().code()).stream()).toList();
        var picked = pick(villages, village);
        if (picked.problem() != null) {
            return Result.problem(Field.VILLAGE, picked.problem(), villageText.trim());
        }
        return covered(picked.named().region().code(), Field.VILLAGE, villageText);
    }

    private Result covered(String code, Field field, String text) {
        return jurisdiction.covers(code) ? Result.of(code) : outside(field, text, code);
    }

    /** A place that exists but lies outside the jurisdiction: said so, with where it is, not "not found". */
    private Result outside(Field field, String text, String code) {
        return Result.problem(field, "imports.region.outsideFound", text.trim(), regions.label(code), code);
    }

    /**
     * A name not found in the jurisdiction is looked for in the whole country: found there exactly once (by
     * its name, or as a short name), it is reported as outside the jurisdiction with where it is.
     */
    private Result elsewhere(Field field, String problem, String text, RegionName name, List<Named> national) {
        if ("imports.region.notFound".equals(problem)) {
            var codes = new java.util.LinkedHashSet<String>();
            if (field == Field.REGENCY) {
                codes.addAll(ShortPlaceNames.codes(name));
            }
            for (var n : national) {
                if (n.name().key().equals(name.key()) && (name.kind() == RegionName.Kind.ANY || n.name().kind() == name.kind())) {
                    codes.add(n.region().code());
                }
            }
            if (codes.size() == 1) {
                return outside(field, text, codes.iterator().next());
            }
        }
        return Result.problem(field, problem, text.trim());
    }

    /** A regency by its short name ("Inhil", "Kukar") among those the row may name, else by its name. */
    private static Pick pickRegency(List<Named> regencies, RegionName written) {
        var codes = ShortPlaceNames.codes(written);
        if (!codes.isEmpty()) {
            var known = regencies.stream().filter(r -> codes.contains(r.region().code())).toList();
            if (known.size() == 1) {
                return new Pick(known.get(0), null);
            }
            if (known.size() > 1) {
                return new Pick(null, "imports.region.ambiguous");
            }
        }
        return pick(regencies, written);
    }

    private List<Named> allRegenciesOfTheCountry() {
        if (allRegencies == null) {
            allRegencies = childrenOf(null, false).stream().flatMap(p -> childrenOf(p.region().code(), false).stream()).toList();
        }
        return allRegencies;
    }

    private List<Named> allDistrictsOfTheCountry() {
        if (allDistricts == null) {
            allDistricts = allRegenciesOfTheCountry().stream().flatMap(r -> childrenOf(r.region().code(), false).stream()).toList();
        }
        return allDistricts;
    }

    /** Regencies a row may name: under the given region or province, within the jurisdiction; null if the province is unknown. */
    private List<Named> regencies(Region base, RegionName province) {
        if (base != null) {
            return base.level() == Region.Level.REGENCY ? List.of(named(base)) : childrenOf(base.code());
        }
        var provinces = childrenOf(null);
        if (!province.isEmpty()) {
            String alias = PROVINCE_ALIASES.get(province.key());
            var pick = alias != null ? provinces.stream().filter(p -> p.region().code().equals(alias)).findFirst().orElse(null)
                    : pick(provinces, province).named();
            if (pick == null) {
                return null;
            }
            provinces = List.of(pick);
        }
        return provinces.stream().flatMap(p -> childrenOf(p.region().code()).stream()).toList();
    }

    private record Pick(Named named, String problem) {
    }

    /**
     * The one region whose name equals the input (the Kota/Kabupaten kind breaking ties), else the one
     * within {@link RegionName#allowedTypos} edits. Two equally good candidates are ambiguous.
     */
    private static Pick pick(List<Named> candidates, RegionName input) {
        var exact = candidates.stream().filter(c -> c.name().key().equals(input.key())).toList();
        if (exact.size() > 1 && input.kind() != RegionName.Kind.ANY) {
            exact = exact.stream().filter(c -> c.name().kind() == input.kind()).toList();
        }
        if (exact.size() == 1) {
            return new Pick(exact.get(0), null);
        }
        if (exact.size() > 1) {
            return new Pick(null, "imports.region.ambiguous");
        }
        int best = input.allowedTypos();
        var closest = new ArrayList<Named>();
        for (var c : candidates) {
            int d = RegionName.distance(c.name().key(), input.key());
            if (d > best) {
                continue;
            }
            if (d < best || closest.isEmpty()) {
                best = d;
                closest.clear();
                closest.add(c);
            } else if (d == best) {
                closest.add(c);
            }
        }
        if (closest.size() == 1) {
            return new Pick(closest.get(0), null);
        }
        return new Pick(null, closest.isEmpty() ? "imports.region.notFound" : "imports.region.ambiguous");
    }

    /** Children of a region (provinces for null) that lie in the jurisdiction or contain part of it. */
    private List<Named> childrenOf(String parent) {
        return childrenOf(parent, true);
    }

    /** Children of a region, those in (or containing part of) the jurisdiction only when {@code inJurisdiction}. */
    private List<Named> childrenOf(String parent, boolean inJurisdiction) {
        String key = (inJurisdiction ? "" : "*") + (parent == null ? "" : parent);
        return children.computeIfAbsent(key, p -> regions.children(parent).stream()
                .filter(r -> !inJurisdiction || open(r.code()))
                .map(RegionResolver::named)
                .toList());
    }

    private static Named named(Region region) {
        return new Named(region, RegionName.of(region.name()));
    }

    /** In the jurisdiction, or an ancestor of part of it (a province containing the agency's regency). */
    private boolean open(String code) {
        return jurisdiction.covers(code) || jurisdiction.regionCodes().stream().anyMatch(c -> c.startsWith(code + "."));
    }

    /** "1472011003" or "14.72.01.1003" (with stray spaces) → "14.72.01.1003". */
    static String normaliseCode(String text) {
        String digits = NOT_DIGIT.matcher(text).replaceAll("");
        if (text.contains(".") || digits.length() % 2 != 0 || digits.length() > 10) {
            return WHITESPACE.matcher(text).replaceAll("");
        }
        var code = new StringBuilder();
        int[] widths = {2, 2, 2, 4};
        int at = 0;
        for (int width : widths) {
            if (at + width > digits.length()) {
                break;
            }
            if (!code.isEmpty()) {
                code.append('.');
            }
            code.append(digits, at, at + width);
            at += width;
        }
        return at == digits.length() ? code.toString() : text.trim();
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
