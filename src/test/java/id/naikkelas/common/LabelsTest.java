package id.naikkelas.common;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code the labelling place knows has its words in Bahasa Indonesia and in English. */
class LabelsTest {

    private final Labels labels = new Labels(bundles());

    @Test
    void everyConstantOfEveryLabelledTypeHasALabelInBothLanguages() throws Exception {
        for (String name : Labels.PREFIXES.keySet()) {
            Class<?> type = type(name);
            assertThat(type.isEnum()).as(name).isTrue();
            for (Object constant : type.getEnumConstants()) {
                for (Locale locale : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
                    assertThat(labels.of((Enum<?>) constant, locale)).as("%s.%s in %s", name, constant, locale)
                            .doesNotStartWith("??");
                }
            }
        }
    }

    @Test
    void everyRecordedCodedFieldNamesALabelledType() {
        assertThat(Labels.PREFIXES.keySet()).containsAll(Labels.CODED_FIELDS.values());
    }

    @Test
    void everyKindOfRecordTheTrailNamesHasALabelInBothLanguages() throws Exception {
        var source = bundles();
        for (String kind : Labels.ENTITIES) {
            for (Locale locale : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
                assertThat(source.getMessage("entity." + kind, null, null, locale)).as("%s in %s", kind, locale).isNotBlank();
            }
        }
        // the kinds the code records, as written in its calls to the audit trail
        var call = java.util.regex.Pattern.compile(
                "\\b(?:created|changed|deleted|createdEach|changedEach|action)\\(\"([a-z_.]+)\"|_ENTITY = \"([a-z_.]+)\"");
        var recorded = new java.util.TreeSet<String>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = call.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    recorded.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(recorded).hasSizeGreaterThan(10).contains("business.batch");
        assertThat(Labels.ENTITIES).containsAll(recorded);
    }

    @Test
    void stringCodesOfALabelledTypeReadAsItsConstantsDo() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(labels.ofCode("registry.Sector", "PROCESSED_FOOD"))
                    .isEqualTo(labels.of(id.naikkelas.registry.Sector.PROCESSED_FOOD, Locale.ENGLISH)).doesNotStartWith("??");
            assertThat(labels.ofCode("identity.Role", null)).isNull();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aChoiceListsLabelsForPeopleAndCodesForPrograms() {
        var choices = Choices.of(id.naikkelas.registry.Equipment.class);
        assertThat(bundles().getMessage(choices, Locale.ENGLISH)).doesNotContain("SEMI_AUTOMATIC").contains(", ");
        assertThat(choices.toString()).isEqualTo("MANUAL, SEMI_AUTOMATIC, AUTOMATIC");
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        String binary = "id.naikkelas." + name;
        // a nested type: the part after the class name is joined with $
        int module = binary.indexOf('.', "id.naikkelas.".length());
        String outer = binary.substring(0, module + 1);
        return Class.forName(outer + binary.substring(module + 1).replace('.', '$'));
    }

    private static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/validation", "i18n/certification", "i18n/assessment", "i18n/imports",
                "i18n/programs", "i18n/training", "i18n/cases");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
