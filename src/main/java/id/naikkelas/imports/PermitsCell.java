package id.naikkelas.imports;

import id.naikkelas.registry.Nib;
import id.naikkelas.registry.PermitNumbers;
import id.naikkelas.registry.PermitType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a "permits held" cell as agencies write it ("P-IRT 2063507010477-29; Halal ID35110000123450824",
 * "PIRT No. 2063507010477-29, halal", "P-IRT/Halal"): split into items, each named by its type's label. An
 * item of a recognised type whose number passes the registry's check ({@link PermitNumbers}) is a permit; a
 * valid NIB is the business's NIB (not a permit); everything else ("halal (proses)", "P-IRT sudah ada", a bad
 * number, a type not recognised) is left over, to be kept in the business's note. Never a reason to refuse a line.
 */
final class PermitsCell {

    /** What a cell holds: permits by type and canonical number, a NIB, and the items as written that are neither. */
    record Parsed(List<Found> permits, String nib, List<String> leftovers) {

        static final Parsed NONE = new Parsed(List.of(), null, List.of());

        boolean empty() {
            return permits.isEmpty() && nib == null && leftovers.isEmpty();
        }
    }

    /** A permit item: its type, its number as the registry stores it, the item as the cell wrote it. */
    record Found(PermitType type, String number, String written) {
    }

    /** Items are separated by ";", ",", "|", new lines, " dan ", " & ", " + ", " / " (a slash between spaces). */
    private static final Pattern ITEMS = Pattern.compile("[;,|\\n\\r]+|\\s+(?:dan|and|&|\\+|/)\\s+", Pattern.CASE_INSENSITIVE);
    /** Bullets and separators around an item. */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\-\\u2010-\\u2015•*·:.]+|[\\s\\-\\u2010-\\u2015•*·:,]+$");
    /** Words written before a label: "Sertifikat Halal", "Izin P-IRT", "No. PIRT". */
    private static final String LEAD = "^(?:(?:sertifikat|sert\\.?|izin|ijin|label|nomor|nomer|no\\.?)\\s*)*";
    /** "No.", "Nomor:", "#" between a label and its number. */
    private static final Pattern NUMBER_WORD = Pattern.compile("^\\s*(?:(?:nomor|nomer|number|no|reg)\\b\\.?)?\\s*[:#.]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** Labels by type, tried in order at the start of an item (after {@link #LEAD}). NIB is no permit: null type. */
    private enum Label {
        NIB(null, "nib\\b"),
        PIRT(PermitType.PIRT, "(?:sp)?p[\\s.\\-]*irt\\b"),
        // the BPOM label stays with the number: the registry's format reads "BPOM RI MD 234567890123" itself
        BPOM_MD(PermitType.BPOM_MD, "(?=(?:(?:badan\\s+)?b?pom(?:\\s*ri)?[\\s.:\\-]*)?md\\b)"),
        BPOM_ML(PermitType.BPOM_ML, "(?=(?:(?:badan\\s+)?b?pom(?:\\s*ri)?[\\s.:\\-]*)?ml\\b)"),
        HALAL(PermitType.HALAL, "(?:halal|sh)\\b(?:\\s*(?:mui|bpjph))?"),
        SNI(PermitType.SNI, "(?:sppt[\\s\\-]*)?sni\\b"),
        SLHS(PermitType.SLHS, "(?:slhs\\b|laik\\s+h[iy]giene(?:\\s+sanitasi)?)"),
        TRADEMARK(PermitType.TRADEMARK, "(?:merek|merk|haki|hki|trademark)\\b");

        final PermitType type;
        final Pattern pattern;

        Label(PermitType type, String regex) {
            this.type = type;
            this.pattern = Pattern.compile(LEAD + regex, Pattern.CASE_INSENSITIVE);
        }
    }

    /** Numbers that name their own type without a label. */
    private static final Pattern BARE_HALAL = Pattern.compile("^ID\\d{10,20}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_TRADEMARK = Pattern.compile("^(?:IDM|DID|JID)\\d{6,13}$", Pattern.CASE_INSENSITIVE);
    /** SNI and SLHS certificate numbers often carry the word inside: "443.5/123/SLHS/DINKES/2024". */
    private static final Pattern INNER_SLHS = Pattern.compile("\\bSLHS\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INNER_SNI = Pattern.compile("\\bSNI\\b", Pattern.CASE_INSENSITIVE);

    private final PermitNumbers numbers;

    PermitsCell(PermitNumbers numbers) {
        this.numbers = numbers;
    }

    Parsed parse(String cell) {
        if (Placeholders.blank(cell)) {
            return Parsed.NONE;
        }
        var permits = new ArrayList<Found>();
        var seen = new LinkedHashSet<String>();
        String nib = null;
        var leftovers = new ArrayList<String>();
        for (String item : items(cell)) {
            var read = read(item);
            if (read.isEmpty()) {
                leftovers.add(item);
            } else if (read.get().type() == null) {
                if (nib == null) {
                    nib = read.get().number();
                } else if (!nib.equals(read.get().number())) {
                    leftovers.add(item);
                }
            } else if (seen.add(read.get().type() + " " + read.get().number())) {
                permits.add(read.get());
            }
        }
        return new Parsed(List.copyOf(permits), nib, List.copyOf(leftovers));
    }

    /** The cell's items, trimmed of bullets; a piece without digits is split at "/" too ("P-IRT/Halal"). */
    static List<String> items(String cell) {
        var items = new ArrayList<String>();
        for (String piece : ITEMS.split(cell)) {
            var parts = DIGIT.matcher(piece).find() ? List.of(piece) : List.of(piece.split("/"));
            for (String part : parts) {
                String item = EDGES.matcher(part.strip()).replaceAll("").strip();
                if (!item.isEmpty() && !Placeholders.blank(item)) {
                    items.add(id.naikkelas.common.Spacing.collapse(item));
                }
            }
        }
        return items;
    }

    /** The item as a permit (or as a NIB: type null) when its type is recognised and its number valid. */
    private Optional<Found> read(String item) {
        for (Label label : Label.values()) {
            Matcher m = label.pattern.matcher(item);
            if (!m.lookingAt()) {
                continue;
            }
            String rest = item.substring(m.end());
            String number = NUMBER_WORD.matcher(rest).replaceFirst("").strip();
            if (!DIGIT.matcher(number).find()) {
                // "halal (proses)", "P-IRT sudah ada": a claim without a number
                return Optional.empty();
            }
            if (label.type == null) {
                var check = Nib.check(number);
                return check.valid() ? Optional.of(new Found(null, check.normalized(), item)) : Optional.empty();
            }
            return checked(label.type, number, item);
        }
        if (BARE_HALAL.matcher(item).matches()) {
            return checked(PermitType.HALAL, item, item);
        }
        if (BARE_TRADEMARK.matcher(item).matches()) {
            return checked(PermitType.TRADEMARK, item, item);
        }
        if (INNER_SLHS.matcher(item).find() && DIGIT.matcher(item).find()) {
            return checked(PermitType.SLHS, item, item);
        }
        if (INNER_SNI.matcher(item).find() && DIGIT.matcher(item).find()) {
            return checked(PermitType.SNI, item, item);
        }
        return Optional.empty();
    }

    private Optional<Found> checked(PermitType type, String number, String item) {
        var check = numbers.check(type, number);
        return check.valid() ? Optional.of(new Found(type, check.normalized(), item)) : Optional.empty();
    }
}
