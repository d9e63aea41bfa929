package id.naikkelas.assessment;

import id.naikkelas.common.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes the level table and checklists shipped under {@code assessment/} when the database does
 * not have them yet (first start, or a release adding a version). Safe on several nodes at once.
 * A shipped file whose version is already published with other content is not applied: the
 * published one is what inspections were scored against; the file needs a new version number.
 */
@Component
@Order(0)
class BundledDefinitions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledDefinitions.class);

    private final AssessmentDefinitions definitions;

    BundledDefinitions(AssessmentDefinitions definitions) {
        this.definitions = definitions;
    }

    @Override
    public void run(ApplicationArguments args) {
        // level tables first: a checklist naming an unpublished table is refused
        publish(DefinitionKind.LEVEL_RULE, LevelRule.defaultText(), LevelRule.DEFAULT_RESOURCE);
        ChecklistTemplates.bundledFiles().forEach((fileName, text) -> {
            ChecklistTemplates.parseBundled(text, fileName); // the file name must match what it holds
            publish(DefinitionKind.CHECKLIST, text, fileName);
        });
    }

    private void publish(DefinitionKind kind, String text, String fileName) {
        try {
            if (definitions.publishBundled(kind, text, fileName).isNew()) {
                log.info("Published bundled {} {}", kind, fileName);
            }
        } catch (InvalidInput e) {
            // a broken shipped file is a bug and stops the start; only a taken version is survivable
            if (e.violations().stream().noneMatch(v -> v.code().equals("assessment.definition.versionTaken"))) {
                throw e;
            }
            log.warn("Bundled {} {} not published: {} (give the file a new version number)", kind, fileName, e.violations());
        }
    }
}
