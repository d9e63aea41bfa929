package id.naikkelas.certification;

import id.naikkelas.certification.PathwayTemplate.Subject;
import id.naikkelas.certification.PathwayTemplate.Window;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one pathway file into a {@link PathwayTemplate}, refusing anything it cannot vouch for. */
final class TemplateParser {

    private static final Set<String> TOP_KEYS = Set.of("code", "version", "permit", "route", "subject",
            "title_id", "title_en", "legal_basis", "steps", "windows");
    private static final Set<String> STEP_KEYS = Set.of("code", "title_id", "title_en", "description_id",
            "description_en", "actor", "body", "external_system", "required_documents", "guards",
            "sla_working_days", "sla_calendar_days", "optional", "actor_daily_cap", "unconfirmed", "legal_basis",
            "filing", "records_nib");
    private static final Set<String> WINDOW_KEYS = Set.of("code", "title_id", "title_en", "from_step", "until_step",
            "working_days", "calendar_days", "unconfirmed", "legal_basis");
    private static final String STEP_CODE = "[A-Z][A-Z0-9_]*";
    private static final String STEP_CODE_SHAPE = "upper-case letters, digits and _";

    private final DocumentCatalogue documents;

    TemplateParser(DocumentCatalogue documents) {
        this.documents = documents;
    }

    PathwayTemplate parse(String yamlText, String source) {
        Map<?, ?> top = YamlNodes.map(YamlNodes.load(yamlText, source), source, TOP_KEYS);
        String code = YamlNodes.code(top, "code", "[a-z][a-z0-9-]*", "lower-case letters, digits and -", source);
        String where = source + " (" + code + ")";
        PermitType permit = YamlNodes.constant(PermitType.class, top.get("permit"), "permit", where);
        Route route = route(top, permit, where);
        String[] title = YamlNodes.bilingual(top, "title", where);
        List<PathwayStep> steps = new ArrayList<>();
        Set<String> stepCodes = new HashSet<>();
        for (Object node : YamlNodes.list(top.get("steps"), where + " > steps")) {
            PathwayStep step = step(node, where);
            if (!stepCodes.add(step.code())) {
                throw new InvalidTemplateException(where + ": step code '" + step.code() + "' is used twice");
            }
            steps.add(step);
        }
        if (steps.stream().filter(PathwayStep::filing).count() > 1) {
            throw new InvalidTemplateException(where + ": only one step may be the 'filing' one");
        }
        List<Window> windows = new ArrayList<>();
        for (Object node : YamlNodes.optionalList(top, "windows", where)) {
            windows.add(window(node, steps, where));
        }
        return new PathwayTemplate(code, YamlNodes.text(top, "version", where), permit, route,
                YamlNodes.constant(Subject.class, top.get("subject"), "subject", where),
                title[0], title[1], YamlNodes.text(top, "legal_basis", where), steps, windows);
    }

    /** Halal is the one permit with two routes, and each route has its own template. */
    private static Route route(Map<?, ?> top, PermitType permit, String where) {
        boolean halal = permit == PermitType.HALAL;
        if (halal != top.containsKey("route")) {
            throw new InvalidTemplateException(where + ": " + (halal
                    ? "a HALAL template needs 'route' (SELF_DECLARE or REGULAR)"
                    : "'route' is only for HALAL templates"));
        }
        return halal ? YamlNodes.constant(Route.class, top.get("route"), "route", where) : null;
    }

    private PathwayStep step(Object node, String template) {
        Map<?, ?> map = YamlNodes.map(node, template + " > step", STEP_KEYS);
        String code = YamlNodes.code(map, "code", STEP_CODE, STEP_CODE_SHAPE, template + " > step");
        String where = template + " > step '" + code + "'";
        String[] title = YamlNodes.bilingual(map, "title", where);
        String[] description = YamlNodes.bilingual(map, "description", where);
        Actor actor = YamlNodes.constant(Actor.class, map.get("actor"), "actor", where);
        if ((actor == Actor.EXTERNAL) != map.containsKey("body")) {
            throw new InvalidTemplateException(where + ": " + (actor == Actor.EXTERNAL
                    ? "an EXTERNAL step must name its 'body' (" + List.of(ExternalBody.values()) + ")"
                    : "'body' is only for EXTERNAL steps"));
        }
        ExternalBody body = actor == Actor.EXTERNAL
                ? YamlNodes.constant(ExternalBody.class, map.get("body"), "body", where) : null;
        ExternalSystem system = map.containsKey("external_system")
                ? YamlNodes.constant(ExternalSystem.class, map.get("external_system"), "external system", where)
                : ExternalSystem.NONE;
        List<Guard> guards = new ArrayList<>();
        for (Object guard : YamlNodes.optionalList(map, "guards", where)) {
            guards.add(guard(guard, where));
        }
        return new PathwayStep(code, title[0], title[1], description[0], description[1], actor, body, system,
                requiredDocuments(map, where), guards, sla(map, "sla_working_days", "sla_calendar_days", where),
                YamlNodes.flag(map, "optional", where), YamlNodes.optionalNumber(map, "actor_daily_cap", 1, where),
                YamlNodes.flag(map, "unconfirmed", where), YamlNodes.optionalText(map, "legal_basis", where),
                YamlNodes.flag(map, "filing", where), recordsNib(map, guards, where));
    }

    /** A step whose reference is the business's NIB must also wait for that NIB, or recording it would prove nothing. */
    private static boolean recordsNib(Map<?, ?> map, List<Guard> guards, String where) {
        boolean records = YamlNodes.flag(map, "records_nib", where);
        if (records && guards.stream().noneMatch(guard -> guard.type() == Guard.Type.NIB_PRESENT)) {
            throw new InvalidTemplateException(where + ": a step with 'records_nib' needs the guard NIB_PRESENT");
        }
        return records;
    }

    private List<DocumentType> requiredDocuments(Map<?, ?> step, String where) {
        Set<DocumentType> required = new LinkedHashSet<>();
        for (Object code : YamlNodes.optionalList(step, "required_documents", where)) {
            if (!required.add(documents.get(code, where + " > required_documents"))) {
                throw new InvalidTemplateException(where + ": required document '" + code + "' is listed twice");
            }
        }
        return List.copyOf(required);
    }

    private Guard guard(Object node, String step) {
        if (!(node instanceof Map<?, ?> raw) || !raw.containsKey("guard")) {
            throw new InvalidTemplateException(step + ": a guard must be a map with 'guard', found " + node);
        }
        Guard.Type type = YamlNodes.constant(Guard.Type.class, raw.get("guard"), "guard", step);
        String where = step + " > guard " + type;
        Set<String> allowed = new HashSet<>(Set.of("guard", "unconfirmed"));
        if (type.parameter() != null) {
            allowed.add(type.parameter());
            if (!raw.containsKey(type.parameter())) {
                throw new InvalidTemplateException(where + ": needs '" + type.parameter() + "'");
            }
        }
        Map<?, ?> map = YamlNodes.map(raw, where, allowed);
        DocumentType document = type == Guard.Type.DOCUMENT_PRESENT ? documents.get(map.get("document"), where) : null;
        Integer level = type == Guard.Type.INSPECTION_LEVEL_AT_MOST ? level(map.get("level"), where) : null;
        Set<BusinessScale> scales = EnumSet.noneOf(BusinessScale.class);
        if (type == Guard.Type.BUSINESS_SCALE_IN) {
            for (Object scale : YamlNodes.list(map.get("scales"), where + " > scales")) {
                scales.add(YamlNodes.constant(BusinessScale.class, scale, "business scale", where));
            }
        }
        return new Guard(type, document, level, scales, YamlNodes.flag(map, "unconfirmed", where));
    }

    /** CPPB-IRT level as written on the inspection form (I–IV) or as a number (1–4). */
    private static int level(Object value, String where) {
        if (value instanceof Integer number && number >= 1 && number <= Guard.INSPECTION_LEVELS.size()) {
            return number;
        }
        int index = Guard.INSPECTION_LEVELS.indexOf(String.valueOf(value));
        if (index < 0) {
            throw new InvalidTemplateException(where + ": level '" + value + "' must be I, II, III or IV (or 1–4)");
        }
        return index + 1;
    }

    private static Window window(Object node, List<PathwayStep> steps, String template) {
        Map<?, ?> map = YamlNodes.map(node, template + " > window", WINDOW_KEYS);
        String code = YamlNodes.code(map, "code", STEP_CODE, STEP_CODE_SHAPE, template + " > window");
        String where = template + " > window '" + code + "'";
        String[] title = YamlNodes.bilingual(map, "title", where);
        int from = stepIndex(steps, YamlNodes.text(map, "from_step", where), where);
        int until = stepIndex(steps, YamlNodes.text(map, "until_step", where), where);
        if (from >= until) {
            throw new InvalidTemplateException(where + ": from_step '" + steps.get(from).code()
                    + "' must come before until_step '" + steps.get(until).code() + "'");
        }
        Sla sla = sla(map, "working_days", "calendar_days", where);
        if (sla == null) {
            throw new InvalidTemplateException(where + ": needs 'working_days' or 'calendar_days'");
        }
        return new Window(code, title[0], title[1], steps.get(from).code(), steps.get(until).code(), sla,
                YamlNodes.flag(map, "unconfirmed", where), YamlNodes.optionalText(map, "legal_basis", where));
    }

    private static int stepIndex(List<PathwayStep> steps, String code, String where) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new InvalidTemplateException(where + ": no step '" + code + "' in this template");
    }

    /** At most one of the two keys; null when neither is there. */
    private static Sla sla(Map<?, ?> map, String workingKey, String calendarKey, String where) {
        Integer working = YamlNodes.optionalNumber(map, workingKey, 0, where);
        Integer calendar = YamlNodes.optionalNumber(map, calendarKey, 0, where);
        if (working != null && calendar != null) {
            throw new InvalidTemplateException(where + ": give either '" + workingKey + "' or '" + calendarKey
                    + "', not both");
        }
        if (working != null) {
            return new Sla(working, Sla.Unit.WORKING_DAYS);
        }
        return calendar == null ? null : new Sla(calendar, Sla.Unit.CALENDAR_DAYS);
    }
}
