package id.naikkelas.imports;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.Spacing;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.ListedDetails;
import id.naikkelas.registry.PermitNumbers;
import id.naikkelas.registry.Nib;
import id.naikkelas.registry.Nik;
import id.naikkelas.registry.PhoneNumbers;
import id.naikkelas.registry.Sector;
import id.naikkelas.registry.ValidationProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a line into registry data through the column mapping: identifiers through the registry's own
 * validators (after catching what Excel does to long numbers), amounts, counts and years as agencies
 * write them, the region through the {@link RegionResolver}. The registry's full check runs afterwards
 * on whole chunks ({@link #withRegistryProblems}), so its rules live in one place.
 */
final class RowConverter {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    /** The reason of a mandatory field left empty (or holding only a placeholder such as "-"). */
    static final String MISSING = "imports.missing";
    /** "belum berbadan hukum", "tidak ada", "non formal": written in a legal-form column by sole proprietors. */
    private static final Pattern NOT_INCORPORATED = Pattern.compile("(belum|tidak|non|tanpa).*");

    /** Registry field names (as its violations name them) to the file's fields. */
    private static final Map<String, List<Field>> REGISTRY_FIELDS = Map.ofEntries(
            Map.entry("name", List.of(Field.BUSINESS_NAME)), Map.entry("legalForm", List.of(Field.LEGAL_FORM)),
            Map.entry("nib", List.of(Field.NIB)), Map.entry("sector", List.of(Field.SECTOR, Field.PRODUCT)),
            Map.entry("address", List.of(Field.ADDRESS)),
            Map.entry("regionCode", List.of(Field.REGION_CODE, Field.VILLAGE, Field.DISTRICT, Field.REGENCY)),
            Map.entry("workers", List.of(Field.WORKERS)), Map.entry("foundedYear", List.of(Field.FOUNDED)),
            Map.entry("capital", List.of(Field.CAPITAL)), Map.entry("annualSales", List.of(Field.ANNUAL_SALES, Field.MONTHLY_SALES)),
            Map.entry("owner.fullName", List.of(Field.OWNER_NAME)), Map.entry("owner.nik", List.of(Field.NIK)),
            Map.entry("owner.phone", List.of(Field.PHONE)), Map.entry("owner.email", List.of(Field.EMAIL)),
            Map.entry("owner.gender", List.of(Field.GENDER)));

    /** Texts whose sector is remembered; a list of unusually many different ones starts over past this. */
    private static final int SECTORS_CACHED = 50_000;

    private final Map<Field, Integer> mapping;
    private final List<String> headers;
    private final RegionResolver regions;
    private final Set<Field> required;
    private final Map<String, Optional<Sector>> sectors = new HashMap<>();
    private static final PermitsCell PERMITS_CELL = new PermitsCell(PermitNumbers.load());
    /** The NIB the last line's permits cell gave, when it is the business's NIB. */
    private String listedNib;
    /** Decides a NIK's birth-year century. */
    private final LocalDate today;

    /** With the default mandatory fields ({@link RequiredFields#DEFAULT}) of those the mapping has. */
    RowConverter(Map<Field, Integer> mapping, List<String> headers, RegionResolver regions, LocalDate today) {
        this(mapping, headers, regions, RequiredFields.effective(null, mapping), today);
    }

    /** {@code required}: the fields a line is refused without (region fields aside: a region is always needed). */
    RowConverter(Map<Field, Integer> mapping, List<String> headers, RegionResolver regions, Set<Field> required, LocalDate today) {
        this.today = today;
        this.mapping = mapping;
        this.headers = headers;
        this.regions = regions;
        this.required = required;
    }

    Incoming convert(SourceRow row) {
        var problems = new ArrayList<RowProblem>();
        var line = new Line(row, problems);
        for (Field field : required) {
            // a mandatory cell that is empty or only says "nothing here" ("-", "tidak ada"): missing, whatever else is wrong
            if (!field.region() && mapping.containsKey(field) && line.cell(field).blank()) {
                line.problem(field, MISSING, line.shown(field).trim());
            }
        }
        String name = line.text(Field.BUSINESS_NAME);
        String nik = line.identifier(Field.NIK, 16, raw -> {
            var check = Nik.check(NikShapes.unwrapped(raw), today);
            return new Checked(check.normalized(), check.problems());
        });
        String nib = line.identifier(Field.NIB, 13, raw -> {
            var check = Nib.check(raw);
            return new Checked(check.normalized(), check.problems());
        });
        String phone = line.identifier(Field.PHONE, 0, raw -> {
            var check = PhoneNumbers.check(raw);
            return new Checked(check.e164(), check.problems());
        });
        BigDecimal sales = line.amount(Field.ANNUAL_SALES);
        if (sales == null) {
            BigDecimal monthly = line.amount(Field.MONTHLY_SALES);
            sales = monthly == null ? null : monthly.multiply(MONTHS);
        }
        var region = regions.resolve(line.text(Field.REGION_CODE), line.text(Field.PROVINCE), line.text(Field.REGENCY),
                line.text(Field.DISTRICT), line.text(Field.VILLAGE));
        if (!region.ok()) {
            line.problem(region.field(), region.problem(), region.args().toArray());
        }
        var listed = listed(line, nib, problems.stream().anyMatch(p -> p.column() == mapping.getOrDefault(Field.NIB, -2)));
        if (listed.nibFromPermits()) {
            nib = listedNib;
        }
        var data = new BusinessData(name, legalForm(line, name), nib, null, List.of(), sector(line, name),
                line.text(Field.ADDRESS), region.code(), null, null, line.count(Field.WORKERS), line.year(Field.FOUNDED),
                line.amount(Field.CAPITAL), sales, null, null, null, null,
                new BusinessData.OwnerData(line.text(Field.OWNER_NAME), nik, CellValues.gender(line.raw(Field.GENDER)), phone,
                        line.text(Field.EMAIL)));
        return new Incoming(row.line(), line.texts(), data, problems, listed);
    }

    /**
     * Adds the registry's own verdict ({@code Businesses#check}) to a converted row, except where the row
     * already has a reason for that column (an unreadable NIK is not also "missing").
     */
    Incoming withRegistryProblems(Incoming row, List<InvalidInput.Violation> violations) {
        if (violations.isEmpty()) {
            return row;
        }
        var problems = new ArrayList<>(row.problems());
        Set<Field> reported = EnumSet.noneOf(Field.class);
        for (var p : row.problems()) {
            fieldAt(p.column()).ifPresent(reported::add);
            if (p.column() < 0 || fieldAt(p.column()).map(Field::region).orElse(false)) {
                reported.add(Field.REGION_CODE);
            }
        }
        for (var v : violations) {
            var fields = REGISTRY_FIELDS.getOrDefault(v.field(), List.of());
            boolean regionField = fields.contains(Field.REGION_CODE);
            if (fields.stream().anyMatch(reported::contains) || regionField && reported.contains(Field.REGION_CODE)) {
                continue;
            }
            int column = fields.stream().filter(mapping::containsKey).map(mapping::get).findFirst().orElse(-1);
            problems.add(problem(column, column < 0 ? "" : cellText(row, column), v.code(), v.args().toArray()));
        }
        return new Incoming(row.line(), row.cells(), row.data(), problems, row.listed());
    }

    /** A reason about one field of an already converted row, e.g. a NIB that belongs to a business outside the jurisdiction. */
    RowProblem problemAt(Field field, Incoming row, String code, Object... args) {
        int column = mapping.getOrDefault(field, -1);
        return problem(column, column < 0 ? "" : cellText(row, column), code, args);
    }

    private Optional<Field> fieldAt(int column) {
        return mapping.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }

    private static String cellText(Incoming row, int column) {
        return column < row.cells().size() ? row.cells().get(column) : "";
    }

    private RowProblem problem(int column, String value, String code, Object... args) {
        String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
        return new RowProblem(column, header, value, code, List.of(args));
    }

    /**
     * What the permits and notes columns add, never a problem: the permits with valid numbers, the notes cell, and
     * what the permits cell said that is not a valid permit as one note line prefixed with the column's header. A
     * valid NIB in the permits cell becomes the business's NIB when the NIB column has none ({@link #listedNib}).
     */
    /** Sixteen digits in free text may well be somebody's NIK: notes keep it masked, as everything outside the vault does. */
    static String withoutNik(String text) {
        return SIXTEEN_DIGITS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                id.naikkelas.registry.Nik.mask(m.group())));
    }

    private static final java.util.regex.Pattern SIXTEEN_DIGITS = java.util.regex.Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    private Incoming.Listed listed(Line line, String nibColumn, boolean nibColumnRefused) {
        listedNib = null;
        String permitsText = line.text(Field.PERMITS_HELD);
        String notesText = line.text(Field.NOTES);
        if (permitsText == null && notesText == null) {
            return Incoming.Listed.NONE;
        }
        var notes = new ArrayList<String>();
        if (notesText != null) {
            notes.add(withoutNik(notesText));
        }
        var parsed = permitsText == null ? PermitsCell.Parsed.NONE : PERMITS_CELL.parse(permitsText);
        String prefix = header(Field.PERMITS_HELD) + ": ";
        var leftovers = new ArrayList<>(parsed.leftovers());
        boolean nibFromPermits = false;
        String nibNote = null;
        if (parsed.nib() != null) {
            if (nibColumn == null && !nibColumnRefused) {
                listedNib = parsed.nib();
                nibFromPermits = true;
                nibNote = prefix + "NIB " + parsed.nib();
            } else if (!parsed.nib().equals(nibColumn)) {
                leftovers.add("NIB " + parsed.nib());
            }
        }
        if (!leftovers.isEmpty()) {
            notes.add(withoutNik(prefix + String.join("; ", leftovers)));
        }
        var permits = parsed.permits().stream()
                .map(p -> new ListedDetails.Permit(p.type(), p.number(), prefix + p.written())).toList();
        return new Incoming.Listed(permits, notes, nibFromPermits, nibNote);
    }

    /** The header of a field's column as the file wrote it, else the field's name. */
    private String header(Field field) {
        int column = mapping.getOrDefault(field, -1);
        String header = column >= 0 && column < headers.size() ? Spacing.collapse(headers.get(column).strip()) : "";
        return header.isEmpty() ? field.name() : header;
    }

    /** The sector named in its column, else read from the product, else from the business name; OTHER when nothing tells. */
    private Sector sector(Line line, String name) {
        String written = line.text(Field.SECTOR);
        if (written != null) {
            return sectorIn(written).orElse(Sector.OTHER);
        }
        // names hardly repeat: read each directly
        return sectorIn(line.text(Field.PRODUCT)).or(() -> CellValues.sector(name)).orElse(Sector.OTHER);
    }

    /** Sector and product columns repeat a few hundred texts over a whole list: each is read with the keyword patterns once. */
    private Optional<Sector> sectorIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var known = sectors.get(text);
        if (known == null) {
            known = CellValues.sector(text);
            if (sectors.size() >= SECTORS_CACHED) {
                sectors.clear();
            }
            sectors.put(text, known);
        }
        return known;
    }

    /** The legal form in its column ("belum berbadan hukum" is a sole proprietor), else in front of the name. */
    private static LegalForm legalForm(Line line, String name) {
        String written = line.text(Field.LEGAL_FORM);
        if (written != null) {
            return CellValues.legalForm(written)
                    .orElse(NOT_INCORPORATED.matcher(Headers.normalise(written)).matches() ? LegalForm.PERORANGAN : LegalForm.OTHER);
        }
        return CellValues.legalForm(name).orElse(LegalForm.PERORANGAN);
    }

    private record Checked(String value, List<ValidationProblem> problems) {
    }


    /** One line's cells by field, collecting problems as values are read. */
    private final class Line {
        private final SourceRow row;
        private final List<RowProblem> problems;

        Line(SourceRow row, List<RowProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        /** What the file says; {@link #shown} overrides it where the file's value must not be given back as read. */
        private final Map<Integer, String> shown = new HashMap<>();

        /** The field's cell, blank when it holds only a placeholder ("-", "0", "tidak ada"...). */
        SourceCell cell(Field field) {
            Integer column = mapping.get(field);
            if (column == null) {
                return SourceCell.EMPTY;
            }
            SourceCell cell = row.cell(column);
            return Placeholders.blank(cell.text()) ? SourceCell.EMPTY : cell;
        }

        /** The cell's text as the file shows it, placeholders included. */
        String shown(Field field) {
            Integer column = mapping.get(field);
            return column == null ? "" : shown.getOrDefault(column, row.cell(column).text());
        }

        /** The cells to give back if the line is rejected: as read, except numbers Excel had already cut short. */
        List<String> texts() {
            if (shown.isEmpty()) {
                return row.texts();
            }
            var texts = new ArrayList<>(row.texts());
            shown.forEach(texts::set);
            return texts;
        }

        String raw(Field field) {
            return cell(field).text();
        }

        /** Trimmed, inner spaces collapsed; null when empty. */
        String text(Field field) {
            String text = Spacing.collapse(cell(field).text().trim());
            return text.isEmpty() ? null : text;
        }

        void problem(Field field, String code, Object... args) {
            int column = field == null ? -1 : mapping.getOrDefault(field, -1);
            problems.add(RowConverter.this.problem(column, column < 0 ? "" : shown(field), code, args));
        }

        /**
         * An identifier through its registry validator, after refusing what Excel did to it: shown in
         * scientific notation (1.47201E+15), or stored as a number with its 16th digit lost.
         */
        String identifier(Field field, int length, Function<String, Checked> validator) {
            SourceCell c = cell(field);
            if (c.blank()) {
                return null;
            }
            if (CellValues.scientific(c.text())) {
                problem(field, "imports.number.scientific", c.text().trim());
                return null;
            }
            if (CellValues.digitsLost(c, length)) {
                // give back what Excel displayed (1.47202E+15), never the padded digits, which would pass if uploaded again
                String display = CellValues.excelDisplay(c.text());
                shown.put(mapping.get(field), display);
                problem(field, "imports.number.digitsLost", display, CellValues.EXCEL_DIGITS);
                return null;
            }
            var checked = validator.apply(c.text());
            checked.problems().forEach(p -> problem(field, p.code(), p.argsArray()));
            return checked.problems().isEmpty() ? checked.value() : null;
        }

        BigDecimal amount(Field field) {
            SourceCell c = cell(field);
            if (c.blank()) {
                return null;
            }
            var amount = CellValues.amount(c);
            if (amount.isEmpty()) {
                problem(field, "imports.amount.format", c.text().trim());
            }
            return amount.orElse(null);
        }

        Integer count(Field field) {
            SourceCell c = cell(field);
            if (c.blank()) {
                return null;
            }
            var count = CellValues.count(c);
            if (count.isEmpty()) {
                problem(field, "imports.count.format", c.text().trim());
            }
            return count.orElse(null);
        }

        Integer year(Field field) {
            SourceCell c = cell(field);
            if (c.blank()) {
                return null;
            }
            var year = CellValues.year(c);
            if (year.isEmpty()) {
                problem(field, "imports.year.format", c.text().trim());
            }
            return year.orElse(null);
        }
    }
}
