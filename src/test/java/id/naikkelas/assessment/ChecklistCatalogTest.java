package id.naikkelas.assessment;

import org.junit.jupiter.api.Test;

import static id.naikkelas.assessment.ChecklistTemplatesTest.item;
import static id.naikkelas.assessment.ChecklistTemplatesTest.section;
import static id.naikkelas.assessment.ChecklistTemplatesTest.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Published versions are immutable; new content goes into a new version and old ones stay as they were. */
class ChecklistCatalogTest {

    private static final String V1 = template(section("A", item("A.1", "class: MAJOR")));
    private static final String V2 = template(section("A", item("A.1", "class: MAJOR"), item("A.2", "class: MINOR")))
            .replace("version: 1", "version: 2");

    private final ChecklistCatalog catalog = new ChecklistCatalog();

    @Test
    void theBundledCatalogHoldsTheShippedChecklists() {
        ChecklistCatalog bundled = ChecklistCatalog.bundled();

        assertThat(bundled.codes()).containsExactly("cppb-irt", "cppob", "halal-readiness");
        assertThat(bundled.latest("cppb-irt").orElseThrow().items()).hasSize(37);
        assertThat(bundled.find("halal-readiness", 1)).isPresent();
    }

    @Test
    void anOlderVersionStaysRetrievableAndUnchangedAfterANewOneIsPublished() {
        ChecklistTemplate first = parse(V1);
        assertThat(catalog.publish(first)).isTrue();

        assertThat(catalog.publish(parse(V2))).isTrue();

        assertThat(catalog.latest("test").orElseThrow().version()).isEqualTo(2);
        assertThat(catalog.latest("test").orElseThrow().items()).hasSize(2);
        ChecklistTemplate stillFirst = catalog.find("test", 1).orElseThrow();
        assertThat(stillFirst).isEqualTo(parse(V1));
        assertThat(stillFirst.items()).extracting(ChecklistItem::code).containsExactly("A.1");
        assertThat(catalog.versions("test")).extracting(ChecklistTemplate::version).containsExactly(1, 2);
    }

    @Test
    void publishingTheSameContentAgainChangesNothing() {
        catalog.publish(parse(V1));

        assertThat(catalog.publish(parse(V1))).isFalse();

        assertThat(catalog.versions("test")).hasSize(1);
    }

    @Test
    void republishingAVersionWithDifferentContentIsRefused() {
        catalog.publish(parse(V1));
        catalog.publish(parse(V2));
        ChecklistTemplate changedFirst = parse(V1.replace("class: MAJOR", "class: CRITICAL"));

        assertThatThrownBy(() -> catalog.publish(changedFirst))
                .isInstanceOf(ChecklistVersionConflictException.class)
                .hasMessage("checklist 'test' version 1 is already published with different content;"
                        + " a published version cannot change, publish the new content as version 3");
        assertThat(catalog.find("test", 1).orElseThrow().items().get(0).deviationClass()).isEqualTo(DeviationClass.MAJOR);
    }

    @Test
    void theLatestIsTheHighestVersionWhateverTheOrderOfPublishing() {
        catalog.publish(parse(V2));
        catalog.publish(parse(V1));

        assertThat(catalog.latest("test").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anUnknownChecklistHasNoVersions() {
        assertThat(catalog.latest("nothing")).isEmpty();
        assertThat(catalog.find("nothing", 1)).isEmpty();
        assertThat(catalog.versions("nothing")).isEmpty();
    }

    private static ChecklistTemplate parse(String yaml) {
        return ChecklistTemplates.parse(yaml, "test.yml");
    }
}
