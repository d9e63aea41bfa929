package id.naikkelas.reference;

/** One administrative region of Kemendagri's code list, e.g. {@code 14.72.01.1003}. */
public record Region(String code, String name, Level level, String parentCode) {

    /** Compiled once: every registry check of every imported row asks whether its code is well formed. */
    private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public enum Level {
        PROVINCE, REGENCY, DISTRICT, VILLAGE;

        static Level ofCode(String code) {
            return values()[code.split("\\.").length - 1];
        }
    }

    /** Codes of this region and its ancestors, province first: 14, 14.72, 14.72.01, ... */
    public static java.util.List<String> lineage(String code) {
        var parts = code.split("\\.");
        var codes = new java.util.ArrayList<String>(parts.length);
        var current = new StringBuilder();
        for (String part : parts) {
            if (!current.isEmpty()) {
                current.append('.');
            }
            current.append(part);
            codes.add(current.toString());
        }
        return codes;
    }

    /** Codes as people type them in one field: "14.72, 14.03" or one per line. */
    public static java.util.List<String> codesIn(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(c -> !c.isEmpty()).distinct().toList();
    }

    public static boolean isWellFormed(String code) {
        return code != null && WELL_FORMED.matcher(code).matches();
    }
}
