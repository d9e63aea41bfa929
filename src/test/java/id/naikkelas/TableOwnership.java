package id.naikkelas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which module owns which table (ADR 0013), read from where it is declared, and the SQL of a module checked against it.
 * <p>
 * The tables and views are the ones the Flyway migrations create; each module's {@code package-info.java} names the
 * tables it owns ({@code Owns tables: a, b.}) and the read-only views it publishes for the others
 * ({@code Publishes views ...: x, y.}), or says {@code Owns no tables.} A module's SQL (the string literals and text
 * blocks of its main sources) may name its own tables and views, any module's published views (to read, not to write),
 * and the tables listed in {@link #EXCEPTIONS}; any other table of another module is a violation.
 */
final class TableOwnership {

    /** A reader allowed to name another module's table, and why. {@code "*"} reads for every module. */
    record Allowed(String reader, String table, String reason) {
    }

    /**
     * The one list of exceptions to the rule. (The registry reading programs' {@code programs_open_assignment} against
     * the Java dependency direction is no exception: it is a published view, ADR 0013 says why.)
     */
    static final List<Allowed> EXCEPTIONS = List.of(
            new Allowed("*", "region", "reference data: official region codes, loaded by a migration, never written at run time; "
                    + "lists join it for place names"),
            new Allowed("*", "food_category", "reference data: BPOM food categories, loaded by a migration, never written at run time"),
            new Allowed("*", "irt_food_type", "reference data: P-IRT food types, loaded by a migration, never written at run time"),
            new Allowed("*", "holiday", "reference data: national holidays, loaded by a migration, never written at run time"));

    record Violation(String module, String file, String name, String owner, String what) {
        @Override
        public String toString() {
            return module + " names " + name + " (" + what + " of " + owner + ") in " + file;
        }
    }

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern CREATE_VIEW = Pattern.compile("(?is)\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)\\s+as\\s+(.*?);");
    private static final Pattern DROP = Pattern.compile("(?i)\\bdrop\\s+(table|view)\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern OWNS = Pattern.compile("Owns tables:\\s*([a-z0-9_,\\s]+)\\.");
    private static final Pattern PUBLISHES = Pattern.compile("Publishes views[^:]*:\\s*([a-z0-9_,\\s]+)\\.");
    private static final Pattern OWNS_NONE = Pattern.compile("Owns no tables\\.");
    /** Where SQL names a table or view: after these words. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)\\b(from|join|into|update|table|truncate|delete\\s+from)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");

    private final Set<String> tables = new java.util.TreeSet<>();
    private final Map<String, String> viewSql = new TreeMap<>();
    private final Map<String, String> owner = new TreeMap<>();
    private final Set<String> views = new java.util.TreeSet<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param migrations  the text of each SQL migration, in version order
     * @param packageInfo the text of each module's {@code package-info.java}, by module name
     */
    TableOwnership(List<String> migrations, Map<String, String> packageInfo) {
        for (String sql : migrations) {
            String text = withoutSqlComments(sql);
            CREATE_TABLE.matcher(text).results().forEach(m -> tables.add(m.group(1).toLowerCase(Locale.ROOT)));
            CREATE_VIEW.matcher(text).results().forEach(m -> viewSql.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2)));
            DROP.matcher(text).results().forEach(m -> {
                tables.remove(m.group(2).toLowerCase(Locale.ROOT));
                viewSql.remove(m.group(2).toLowerCase(Locale.ROOT));
            });
        }
        packageInfo.forEach((module, text) -> declare(module, javadocText(text)));
        for (String table : tables) {
            if (!owner.containsKey(table)) {
                problems.add("table " + table + " has no owning module (add it to a package-info's 'Owns tables:')");
            }
        }
        for (String view : viewSql.keySet()) {
            if (!owner.containsKey(view)) {
                problems.add("view " + view + " has no owning module (add it to a package-info's 'Publishes views:')");
            }
        }
        // a published view shows its owner's tables (and reference data), nobody else's
        viewSql.forEach((view, sql) -> {
            String viewOwner = owner.get(view);
            if (viewOwner != null) {
                for (var v : violations(viewOwner, "view " + view, sql, true)) {
                    problems.add("view " + view + " of " + viewOwner + " reads " + v.name() + " of " + v.owner());
                }
            }
        });
    }

    private void declare(String module, String javadoc) {
        Matcher owns = OWNS.matcher(javadoc);
        boolean ownsSome = owns.find();
        if (!ownsSome && !OWNS_NONE.matcher(javadoc).find()) {
            problems.add("package-info of " + module + " says neither 'Owns tables: ….' nor 'Owns no tables.'");
        }
        if (ownsSome) {
            for (String table : names(owns.group(1))) {
                if (!tables.contains(table)) {
                    problems.add(module + " claims table " + table + ", which no migration creates");
                }
                claim(module, table);
            }
        }
        Matcher publishes = PUBLISHES.matcher(javadoc);
        if (publishes.find()) {
            for (String view : names(publishes.group(1))) {
                if (!viewSql.containsKey(view)) {
                    problems.add(module + " publishes view " + view + ", which no migration creates");
                }
                views.add(view);
                claim(module, view);
            }
        }
    }

    private void claim(String module, String name) {
        String earlier = owner.putIfAbsent(name, module);
        if (earlier != null && !earlier.equals(module)) {
            problems.add(name + " has two owners: " + String.join(" and ", new java.util.TreeSet<>(List.of(earlier, module))));
        }
    }

    /** Declarations that do not add up: a table without an owner or with two, a claimed table no migration creates. */
    List<String> problems() {
        return problems;
    }

    Map<String, String> owners() {
        return owner;
    }

    /** What the SQL in one source file of {@code module} names that belongs to another module and is not allowed. */
    List<Violation> violations(String module, String file, String javaSource) {
        return violations(module, file, sqlIn(javaSource), false);
    }

    private List<Violation> violations(String module, String file, String sql, boolean viewDefinition) {
        var found = new LinkedHashMap<String, Violation>();
        Matcher m = REFERENCE.matcher(sql);
        while (m.find()) {
            String keyword = m.group(1).toLowerCase(Locale.ROOT);
            String name = m.group(2).toLowerCase(Locale.ROOT);
            String nameOwner = owner.get(name);
            if (nameOwner == null || nameOwner.equals(module) || allowed(module, name)) {
                continue;
            }
            boolean writes = keyword.equals("into") || keyword.equals("update") || keyword.startsWith("delete")
                    || keyword.equals("truncate") || keyword.equals("table");
            if (views.contains(name) && !writes && !viewDefinition) {
                continue;
            }
            found.putIfAbsent(name, new Violation(module, file, name, nameOwner, views.contains(name) ? "written view" : "table"));
        }
        return new ArrayList<>(found.values());
    }

    private static boolean allowed(String module, String table) {
        return EXCEPTIONS.stream().anyMatch(e -> e.table().equals(table) && (e.reader().equals("*") || e.reader().equals(module)));
    }

    private static List<String> names(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private static String javadocText(String source) {
        return source.lines().map(line -> line.replaceFirst("^\\s*/?\\*+/?\\s?", "")).collect(Collectors.joining(" "));
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
    }

    /**
     * The text of every string literal and text block in a Java source, one after the other with a space between
     * (so SQL split over concatenated literals reads as one), comments and character literals left out.
     */
    static String sqlIn(String java) {
        var out = new StringBuilder();
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                int end = java.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int start = i + 3;
                int end = start;
                while (end < n && !(java.startsWith("\"\"\"", end) && java.charAt(end - 1) != '\\')) {
                    end++;
                }
                out.append(java, start, Math.min(end, n)).append(' ');
                i = Math.min(end + 3, n);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && java.charAt(end) != c) {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.append(java, i + 1, Math.min(end, n)).append(' ');
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return out.toString().replace("\\s", " ").replace("\\n", " ");
    }
}
