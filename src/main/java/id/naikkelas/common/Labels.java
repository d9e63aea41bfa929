package id.naikkelas.common;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Map.entry;

/**
 * The one place that turns a code a person would see (an enum constant) into words, in Bahasa Indonesia
 * or English. Pages write {@code ${@labels.of(b.scale)}}; Java code that writes for people (PDFs, messages)
 * calls {@link #of(Enum, Locale)}. A label lives in the bundles under the prefix listed here for its type,
 * or {@code enum.<Type>.<CONSTANT>} for a type not listed.
 */
@Component("labels")
public class Labels {

    /**
     * Enum types (their name below {@code id.naikkelas}, nested types joined with a dot) and the prefix their
     * labels had in the bundles before there was one place; kept so the keys do not move.
     */
    static final Map<String, String> PREFIXES = Map.ofEntries(
            entry("assessment.ActionFilter", "assessment.actions.filter"),
            entry("assessment.ActionStatus", "assessment.action.status"),
            entry("assessment.Answer", "assessment.answer"),
            entry("assessment.ClosedReason", "assessment.action.closed"),
            entry("assessment.DefinitionKind", "assessment.definitions.kind"),
            entry("assessment.DeviationClass", "assessment.class"),
            entry("assessment.InspectionStatus", "assessment.status"),
            entry("certification.Actor", "certification.actor"),
            entry("certification.CaseStatus", "caseStatus"),
            entry("certification.CaseView.StepState", "stepState"),
            entry("certification.CredentialHolder", "credential.holder"),
            entry("certification.ExternalBody", "certification.body"),
            entry("certification.ExternalSystem", "certification.system"),
            entry("certification.Outcome", "outcome"),
            entry("certification.PathwayTemplate.Subject", "certification.subject"),
            entry("certification.ProductProfile.Storage", "storage"),
            entry("certification.Route", "route"),
            entry("identity.AgencyKind", "agencyKind"),
            entry("identity.ApiToken.Status", "token.status"),
            entry("identity.Role", "role"),
            entry("imports.Field", "imports.field"),
            entry("imports.ImportStatus", "imports.status"),
            entry("imports.LineOutcomes.Outcome", "imports.lines.outcome"),
            entry("imports.MergeField", "imports.merge"),
            entry("imports.Reviews.Side", "imports.side"),
            entry("imports.Reviews.Status", "imports.reviewStatus"),
            entry("invitations.InvitationView.Status", "invitation.status"),
            entry("programs.EnrollmentStatus", "enrollmentStatus"),
            entry("programs.MouTerms.Activity", "partner.mou.activity"),
            entry("market.MarketEventKind", "market.eventKind"),
            entry("market.MarketEventStatus", "market.eventStatus"),
            entry("programs.Facilitation", "facilitation"),
            entry("registry.BusinessKind", "businessKind"),
            entry("registry.BusinessScale", "scale"),
            entry("registry.BusinessStatus", "status"),
            entry("registry.Equipment", "equipment"),
            entry("registry.LegalForm", "legalForm"),
            entry("registry.MeatGrinding", "meatGrinding"),
            entry("registry.MeatSource", "meatSource"),
            entry("registry.MergeFieldChoice", "registry.merge.field"),
            entry("registry.PermitType", "permit"),
            entry("registry.PirtParts.Packaging", "packaging"),
            entry("registry.Premises", "premises"),
            entry("registry.ProductTrait", "trait"),
            entry("registry.Sector", "sector"),
            entry("registry.Storage", "storage"),
            entry("training.EventMode", "training.mode"),
            entry("training.EventType", "training.type"),
            entry("training.Registrations.Status", "training.status"));

    /**
     * Recorded fields whose values are codes ({@code <entity type>.<field>} as the audit trail names them) and the
     * enum type of the codes, so a record's history shows the words its pages show.
     */
    static final Map<String, String> CODED_FIELDS = Map.ofEntries(
            entry("agency.kind", "identity.AgencyKind"),
            entry("business.equipment", "registry.Equipment"),
            entry("business.legalForm", "registry.LegalForm"),
            entry("business.premises", "registry.Premises"),
            entry("business.scale", "registry.BusinessScale"),
            entry("business.sector", "registry.Sector"),
            entry("business.status", "registry.BusinessStatus"),
            entry("case.permit", "registry.PermitType"),
            entry("case.route", "certification.Route"),
            entry("enrollment.status", "programs.EnrollmentStatus"),
            entry("invitation.role", "identity.Role"),
            entry("market_event.kind", "market.MarketEventKind"),
            entry("market_event.status", "market.MarketEventStatus"),
            entry("invitation.status", "invitations.InvitationView.Status"),
            entry("program.activities", "programs.MouTerms.Activity"),
            entry("permit.type", "registry.PermitType"),
            entry("permit_handover.permit", "registry.PermitType"),
            entry("product.packaging", "registry.PirtParts.Packaging"),
            entry("product.storage", "registry.Storage"),
            entry("product.traits", "registry.ProductTrait"),
            entry("program.facilitation", "programs.Facilitation"),
            entry("training_event.mode", "training.EventMode"),
            entry("training_event.type", "training.EventType"),
            entry("training_registration.status", "training.Registrations.Status"),
            entry("user.roles", "identity.Role"));

    /**
     * Recorded fields whose codes are no enum (a column's CHECK list): the prefix of their labels. Pages that show
     * such a column read it through {@link #ofRecorded} too.
     */
    static final Map<String, String> CODED_COLUMNS = Map.ofEntries(
            entry("follow_up.responsible", "programs.followUp.by"),
            entry("visit.mode", "programs.visit.mode"),
            entry("visit.status", "programs.visit"),
            entry("training_event.status", "training.eventStatus"),
            entry("training_registration.source", "training.testSource"),
            entry("inquiry.status", "enum.InquiryStatus"),
            entry("buyer.type", "enum.BuyerType"));

    /** The kinds of record the audit trail names, each labelled {@code entity.<kind>}. */
    static final List<String> ENTITIES = List.of("agency", "api_token", "assessment_definition", "award", "business", "business.batch", "business_profile",
            "buyer", "case", "collection", "complaint", "corrective_action", "delivery", "enrollment", "facilitator", "featured_product", "inquiry",
            "inspection", "invitation", "join_request", "listing", "market_event", "notification_template", "order_change", "participant_bulk_job", "permit",
            "permit_handover", "product", "program", "supply_order", "training_attendance", "training_certificate",
            "training_event", "training_registration", "user", "visit");

    private static final String ROOT = "id.naikkelas.";

    private final MessageSource messages;
    private final List<RecordedCodeWords> modules;
    /**
     * Labels already looked up, per language: a list page asks for hundreds (sector, scale, status, permits of each
     * row), and each look-up went through the bundles one by one (eight base names, each with its parent chain).
     * The bundles are read once and never reloaded, so a label found once stays right.
     */
    private final Map<Locale, Map<Enum<?>, String>> known = new ConcurrentHashMap<>();

    @Autowired
    public Labels(MessageSource messages, List<RecordedCodeWords> modules) {
        this.messages = messages;
        this.modules = List.copyOf(modules);
    }

    public Labels(MessageSource messages) {
        this(messages, List.of());
    }

    /** A module whose recorded codes are its own data (a pathway's steps) says them in words. */
    public interface RecordedCodeWords {
        /** The words for one recorded code, or null when this module does not know the field. */
        String words(String entityType, String field, String code, Locale locale);

        /** The constant a recorded code names, or null when it names none (another field's value). */
        static <E extends Enum<E>> E parse(Class<E> type, String code) {
            try {
                return Enum.valueOf(type, code);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** The label in the language of the current request; nothing for no code. */
    public String of(Enum<?> code) {
        return of(code, LocaleContextHolder.getLocale());
    }

    public String of(Enum<?> code, Locale locale) {
        if (code == null) {
            return null;
        }
        return known.computeIfAbsent(locale, language -> new ConcurrentHashMap<>()).computeIfAbsent(code, constant -> {
            String key = key(constant);
            // a missing label shows the way Thymeleaf shows a missing key, so the page test finds it
            return messages.getMessage(key, null, "??" + key + "_" + locale.getLanguage() + "??", locale);
        });
    }

    /**
     * The label of a code held as text that stands for a constant of a labelled type ({@code registry.Sector}, as
     * named in the prefix table), for records that keep the code as a string.
     */
    public String ofCode(String type, Object code) {
        if (code == null) {
            return null;
        }
        String key = prefix(type) + "." + code;
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, "??" + key + "_" + locale.getLanguage() + "??", locale);
    }

    /**
     * A value as the audit trail recorded it, in words where the field holds codes (one or a list of them);
     * other values as they are. A code without a label (an old one) stays as it was recorded.
     */
    public String ofRecorded(String entityType, String field, Object value) {
        if (value == null) {
            return null;
        }
        String type = CODED_FIELDS.get(entityType + "." + field);
        String prefix = type != null ? prefix(type) : CODED_COLUMNS.get(entityType + "." + field);
        var locale = LocaleContextHolder.getLocale();
        if (prefix == null) {
            for (var module : modules) {
                String words = module.words(entityType, field, value.toString(), locale);
                if (words != null) {
                    return words;
                }
            }
            return value.toString();
        }
        var codes = value instanceof java.util.Collection<?> list ? list.stream().map(String::valueOf).toList()
                : java.util.Arrays.stream(value.toString().split(",")).map(String::strip).toList();
        return codes.stream()
                .map(code -> messages.getMessage(prefix + "." + code, null, code, locale))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** What the audit trail says was done ({@code CREATE}, {@code MERGE}, ...), in words. */
    public String ofAction(String action) {
        return action == null ? null
                : messages.getMessage("audit.action." + action, null, "??audit.action." + action + "??", LocaleContextHolder.getLocale());
    }

    /** The kind of record the audit trail names ({@code training_event}), in words. */
    public String ofEntity(String entityType) {
        return entityType == null ? null
                : messages.getMessage("entity." + entityType, null, "??entity." + entityType + "??", LocaleContextHolder.getLocale());
    }

    /** The kinds of record the audit trail names, in the order of their labels in the current language. */
    public List<String> entities() {
        var collator = java.text.Collator.getInstance(LocaleContextHolder.getLocale());
        return ENTITIES.stream().sorted(java.util.Comparator.comparing(this::ofEntity, collator)).toList();
    }

    /** The bundle key of a code's label, e.g. {@code scale.MIKRO}. */
    public static String key(Enum<?> code) {
        return prefix(code.getDeclaringClass()) + "." + code.name();
    }

    static String prefix(Class<?> type) {
        String name = type.getName().replace('$', '.');
        return prefix(name.startsWith(ROOT) ? name.substring(ROOT.length()) : name);
    }

    /** The prefix of a type named below {@code id.naikkelas} ({@code registry.BusinessScale}). */
    static String prefix(String type) {
        return PREFIXES.getOrDefault(type, "enum." + type.substring(type.lastIndexOf('.') + 1));
    }
}
