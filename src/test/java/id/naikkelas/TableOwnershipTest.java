package id.naikkelas;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table has one owning module, and a module's SQL names only its own tables, published views of others and
 * the listed exceptions (ADR 0013, {@link TableOwnership}). Next to {@link ModuleStructureTest}, which checks the
 * same boundaries in Java.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/id/naikkelas");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void everyTableAndViewHasExactlyOneOwningModule() {
        var ownership = realOwnership();
        assertThat(ownership.problems()).as("table ownership declared in the modules' package-info.java").isEmpty();
        assertThat(ownership.owners()).containsEntry("business", "registry").containsEntry("app_user", "identity")
                .containsEntry("facilitator_profile", "programs").containsEntry("registry_business", "registry");
    }

    @Test
    void modulesNameOnlyTheirOwnTablesAndOthersPublishedViews() {
        var ownership = realOwnership();
        var violations = new ArrayList<TableOwnership.Violation>();
        for (Path module : list(SOURCES).stream().filter(Files::isDirectory).toList()) {
            for (Path file : javaFiles(module)) {
                violations.addAll(ownership.violations(module.getFileName().toString(), SOURCES.relativize(file).toString(), read(file)));
            }
        }
        assertThat(violations).as("SQL naming another module's table (read its published view or API instead, ADR 0013)").isEmpty();
    }

    @Test
    void aModuleNamingAnotherModulesTableFailsWithModuleFileAndTable() {
        var ownership = fixture();
        String source = """
                class Seats {
                    // a comment that reads FROM business is not SQL
                    String q = "SELECT e.id FROM training_event e JOIN "
                            + "business b ON b.id = e.business_id";
                    String t = \"""
                            SELECT count(*)
                            FROM   owner o\""";
                }
                """;
        var violations = ownership.violations("training", "training/Seats.java", source);
        assertThat(violations).extracting(TableOwnership.Violation::toString).containsExactly(
                "training names business (table of registry) in training/Seats.java",
                "training names owner (table of registry) in training/Seats.java");
    }

    @Test
    void publishedViewsAndReferenceDataMayBeReadButViewsNotWritten() {
        var ownership = fixture();
        assertThat(ownership.violations("training", "training/Ok.java",
                "String q = \"SELECT b.name FROM training_event e JOIN registry_business b ON b.id = e.business_id "
                        + "LEFT JOIN region r ON r.code = b.region_code\";")).isEmpty();
        assertThat(ownership.violations("training", "training/Bad.java", "String q = \"UPDATE registry_business SET name = ?\";"))
                .extracting(TableOwnership.Violation::toString)
                .containsExactly("training names registry_business (written view of registry) in training/Bad.java");
        assertThat(ownership.violations("registry", "registry/Own.java", "String q = \"UPDATE owner SET phone = ?\";")).isEmpty();
    }

    @Test
    void aTableWithoutOwnerOrWithTwoOwnersOrAViewOverAnotherModulesTableIsAProblem() {
        var ownership = new TableOwnership(List.of(
                "CREATE TABLE business (id bigint); CREATE TABLE owner (id bigint); CREATE TABLE orphan (id bigint);",
                "CREATE VIEW training_owner AS SELECT o.id FROM owner o;"),
                Map.of("registry", "/**\n * Owns tables: business, owner.\n */",
                        "training", "/**\n * Owns tables: business.\n * Publishes views: training_owner.\n */",
                        "web", "/** The shell. */"));
        assertThat(ownership.problems()).containsExactlyInAnyOrder(
                "table orphan has no owning module (add it to a package-info's 'Owns tables:')",
                "business has two owners: registry and training",
                "view training_owner of training reads owner of registry",
                "package-info of web says neither 'Owns tables: ….' nor 'Owns no tables.'");
    }

    private static TableOwnership fixture() {
        var ownership = new TableOwnership(List.of(
                "CREATE TABLE region (code text); CREATE TABLE business (id bigint); CREATE TABLE owner (id bigint);"
                        + " CREATE TABLE training_event (id bigint);",
                "-- a view\nCREATE VIEW registry_business AS SELECT b.id, b.name FROM business b JOIN owner o ON o.id = b.owner_id;"),
                Map.of("reference", "/**\n * Owns tables: region.\n */",
                        "registry", "/**\n * Lists.\n * <p>\n * Owns tables: business,\n * owner.\n * Publishes views (read-only): registry_business.\n */",
                        "training", "/**\n * Owns tables: training_event.\n */"));
        assertThat(ownership.problems()).isEmpty();
        return ownership;
    }

    private static TableOwnership realOwnership() {
        List<String> migrations = list(MIGRATIONS).stream().filter(p -> p.toString().endsWith(".sql"))
                .sorted(Comparator.comparing(TableOwnershipTest::version)).map(TableOwnershipTest::read).toList();
        var packageInfo = new TreeMap<String, String>();
        for (Path module : list(SOURCES).stream().filter(Files::isDirectory).toList()) {
            Path info = module.resolve("package-info.java");
            packageInfo.put(module.getFileName().toString(), Files.exists(info) ? read(info) : "");
        }
        return new TableOwnership(migrations, packageInfo);
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
