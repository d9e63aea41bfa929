package id.naikkelas.certification;

import id.naikkelas.audit.AuditTrail;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.IndonesiaZone;
import id.naikkelas.common.NotFound;
import id.naikkelas.common.Today;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Role;
import id.naikkelas.reference.Holidays;
import id.naikkelas.registry.BusinessStanding;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.PermitData;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Products;
import id.naikkelas.storage.FileStore;
import id.naikkelas.registry.BusinessNib;
import id.naikkelas.training.OpenTrainings;
import id.naikkelas.training.TrainingEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Certification cases: a product (or a person, for BNSP) moving through a pathway template one
 * step at a time. A step is marked done only when its guards hold; optional steps are entered only
 * when their guards do not already hold (e.g. corrective action after a poor inspection).
 */
@Service
public class Cases {

    private final JdbcClient jdbc;
    private final Access access;
    private final Businesses businesses;
    private final Products products;
    private final PathwayTemplates templates;
    private final Holidays holidays;
    private final AuditTrail audit;
    private final CaseDocuments documents;
    private final TrainingEvidence training;
    private final ProductAdvice advice;
    private final RouteReview routes;
    private final OpenTrainings openTrainings;
    private final BusinessNib nibs;
    private final Today today;
    private final org.springframework.context.ApplicationEventPublisher events;

    Cases(JdbcClient jdbc, Access access, Businesses businesses, Products products, PathwayTemplates templates,
          Holidays holidays, AuditTrail audit, CaseDocuments documents, TrainingEvidence training, ProductAdvice advice,
          RouteReview routes, OpenTrainings openTrainings, BusinessNib nibs, Today today,
          org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.training = training;
        this.advice = advice;
        this.routes = routes;
        this.openTrainings = openTrainings;
        this.nibs = nibs;
        this.today = today;
        this.jdbc = jdbc;
        this.access = access;
        this.businesses = businesses;
        this.products = products;
        this.templates = templates;
        this.holidays = holidays;
        this.audit = audit;
        this.documents = documents;
    }

    /** Opens a case for a permit the product needs (see {@link #open(long, PermitType, Route, boolean)}). */
    public long open(long productId, PermitType permit, Route route) {
        return open(productId, permit, route, false);
    }

    /**
     * Opens a case for a product and permit, or returns the one already open (a second click duplicates nothing).
     * A permit the rules do not ask for (exempt, not applicable, or no rule at all) is opened only when the caller
     * says it is sought on purpose ({@code voluntary}); the case then records that it was started voluntarily, as
     * it does for a merely recommended one. A halal case without a route takes the route the rules give.
     */
    @Transactional
    public long open(long productId, PermitType permit, Route route, boolean voluntary) {
        CurrentUser me = access.require();
        if (permit == null) {
            throw InvalidInput.of("permit", "field.required");
        }
        var product = products.get(productId);
        var business = businesses.standing(product.businessId());
        if (!product.editable() && !me.has(Role.FACILITATOR)) {
            throw new AccessDeniedException("cannot open a case for this product");
        }
        var requirement = advice.about(productId, permit);
        boolean pursued = requirement.map(r -> r.outcome().isPursued()).orElse(false);
        if (!pursued && !ProductAdvice.mayBeSoughtVoluntarily(requirement)) {
            throw InvalidInput.of("permit", "certification.case.notVoluntary");
        }
        if (!pursued && !voluntary) {
            throw InvalidInput.of("voluntary", "certification.case.confirmVoluntary");
        }
        boolean required = requirement.map(r -> r.outcome() == Outcome.REQUIRED).orElse(false);
        Route chosen = permit != PermitType.HALAL ? null
                : route != null ? route : requirement.map(Requirement::route).orElse(Route.SELF_DECLARE);
        var template = templates.forPermit(permit, chosen)
                .orElseThrow(() -> InvalidInput.of("permit", "certification.case.noPathway"));
        if (template.subject() == PathwayTemplate.Subject.PERSON) {
            throw InvalidInput.of("permit", "certification.case.personPathway");
        }
        Optional<Long> existing = jdbc.sql("SELECT id FROM certification_case WHERE product_id = ? AND permit_type = ? AND status = 'OPEN'")
                .params(productId, permit.name()).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var first = template.steps().get(0);
        LocalDate today = today();
        long id = jdbc.sql("""
                        INSERT INTO certification_case (business_id, product_id, region_code, permit_type, route, template_code,
                            template_version, current_step, step_started_on, step_due_on, facilitator, opened_by, voluntary)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id""")
                .params(business.id(), productId, business.regionCode(), permit.name(), template.route() == null ? null : template.route().name(),
                        template.code(), template.version(), first.code(), today, due(first, today),
                        me.has(Role.FACILITATOR) ? me.fullName() : null, me.username(), !required)
                .query(Long.class).optional()
                // a concurrent open of the same case won the race: use that one
                .orElseGet(() -> jdbc.sql("SELECT id FROM certification_case WHERE product_id = ? AND permit_type = ? AND status = 'OPEN'")
                        .params(productId, permit.name()).query(Long.class).single());
        audit.created("case", id, business.regionCode(), Map.of("product", productId, "permit", permit, "template", template.code(),
                "voluntary", !required));
        return id;
    }

    /**
     * Opens a competency case (BNSP) for a person of the business, the owner or a worker, or returns the one open
     * for that person: the credential is the person's, assessed by an LSP, not a product's. Whoever may do the
     * owner's steps may start it (the owner, the region's officers, the assigned facilitator).
     *
     * @param personName blank for the owner takes the owner's name from the registry
     */
    @Transactional
    public long openForPerson(long businessId, String personName, CredentialHolder holder) {
        CurrentUser me = access.require();
        var business = businesses.get(businessId);
        if (actingRoleOrNull(me, business.standing(), Actor.OWNER).isEmpty()) {
            throw new AccessDeniedException("cannot open a case for this business");
        }
        var problems = new InvalidInput.Collector();
        if (holder == null) {
            problems.add("personRole", "field.required");
        }
        String name = personName == null || personName.isBlank()
                ? (holder == CredentialHolder.OWNER ? business.owner().fullName() : null) : personName.strip();
        if (name == null) {
            problems.add("personName", "field.required");
        } else if (name.length() > 200) {
            problems.add("personName", "registry.tooLong", 200);
        }
        problems.throwIfAny();
        var template = templates.all().stream().filter(t -> t.subject() == PathwayTemplate.Subject.PERSON).findFirst()
                .orElseThrow(() -> InvalidInput.of("permit", "certification.case.noPathway"));
        var first = template.steps().get(0);
        LocalDate today = today();
        String open = "SELECT id FROM certification_case WHERE business_id = ? AND permit_type = ? AND product_id IS NULL "
                + "AND lower(person_name) = lower(?) AND status = 'OPEN'";
        Optional<Long> existing = jdbc.sql(open).params(businessId, template.permit().name(), name).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = jdbc.sql("""
                        INSERT INTO certification_case (business_id, person_name, person_role, region_code, permit_type, template_code,
                            template_version, current_step, step_started_on, step_due_on, facilitator, opened_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id""")
                .params(businessId, name, holder.name(), business.regionCode(), template.permit().name(), template.code(),
                        template.version(), first.code(), today, due(first, today), me.has(Role.FACILITATOR) ? me.fullName() : null,
                        me.username())
                .query(Long.class).optional()
                .orElseGet(() -> jdbc.sql(open).params(businessId, template.permit().name(), name).query(Long.class).single());
        audit.created("case", id, business.regionCode(), Map.of("person", name, "holder", holder, "permit", template.permit(),
                "template", template.code()));
        return id;
    }

    /** What the business page shows of its people's credentials: their cases, and whether the viewer may start one. */
    public record Credentials(List<CaseRow> cases, boolean canStart) {
    }

    public Credentials credentialsPanel(long businessId) {
        var business = businesses.standing(businessId);
        return new Credentials(credentials(businessId), actingRoleOrNull(access.require(), business, Actor.OWNER).isPresent());
    }

    /** A business's competency cases (its people's credentials), open ones first. */
    public List<CaseRow> credentials(long businessId) {
        var scope = businesses.visibleCondition("c.business_id");
        var params = new java.util.HashMap<String, Object>(scope.params());
        params.put("business", businessId);
        return rows(new ArrayList<>(List.of(scope.sql(), "c.business_id = :business", "c.product_id IS NULL")), params,
                "ORDER BY c.status = 'OPEN' DESC, c.id DESC LIMIT 50");
    }

    public CaseView get(long caseId) {
        var stored = load(caseId);
        var business = businesses.get(stored.businessId());
        var me = access.require();
        var template = template(stored);
        var references = references(caseId);
        var context = context(stored, business.standing(), java.util.EnumSet.allOf(Guard.Type.class), references.keySet());
        var offer = routes.offer(stored).orElse(null);
        return CaseViews.build(stored, business, template, context, documents.list(caseId),
                comments(caseId), transitions(caseId), references, permissions(me, business.standing(), stored, offer != null),
                workingDays(), today(), offer, routes.changes(caseId), trainingsForCurrentStep(stored, template, context, business.regionCode()));
    }

    /** Switches an unfiled case to the route the product's facts now lead to (see {@link RouteReview}). */
    public void switchRoute(long caseId, Route route, int version) {
        routes.switchTo(caseId, route, version);
    }

    /**
     * The trainings to offer on the current step: those whose certificate stands for a document the step still
     * waits for (the P-IRT's PKP step offers the open PKP events aimed at the business's region).
     */
    private List<OpenTrainings.OpenTraining> trainingsForCurrentStep(Stored stored, PathwayTemplate template, GuardContext context,
                                                                     String regionCode) {
        if (stored.status() != CaseStatus.OPEN || stored.currentStep() == null) {
            return List.of();
        }
        var step = template.step(stored.currentStep()).orElseThrow();
        var wanted = new java.util.LinkedHashSet<String>();
        step.guards().stream().filter(guard -> guard.type() == Guard.Type.DOCUMENT_PRESENT).forEach(guard -> wanted.add(guard.document().code()));
        step.requiredDocuments().forEach(document -> wanted.add(document.code()));
        wanted.removeAll(context.documents());
        return wanted.stream().flatMap(document -> openTrainings.forDocument(document, regionCode).stream()).distinct().toList();
    }

    /**
     * Marks the current step done. Repeating the same request after success changes nothing
     * (a double tap on a slow connection), and a stale request for another step is refused.
     */
    @Transactional
    public void complete(long caseId, String stepCode, StepInput input) {
        completeStep(caseId, stepCode, input);
    }

    /** {@link #complete}, answering where the case now stands (as the list shows it) from the same transaction. */
    @Transactional
    public CaseRow completeAndShow(long caseId, String stepCode, StepInput input) {
        // a repeated request for a step already done changed nothing: where the case stands is read
        return completeStep(caseId, stepCode, input).orElseGet(() -> row(caseId));
    }

    /**
     * A step is the busiest write of a provincial office (issue 13: 500 a second, with history and audit), so it reads
     * the case once with what its guards need ({@link #lockForStep}), decides in memory, and writes everything in one
     * statement ({@link #advance}); the answer is built from what was read and written. Empty when the step was already
     * done (a repeated request changes nothing).
     */
    private Optional<CaseRow> completeStep(long caseId, String stepCode, StepInput input) {
        InvalidInput.check(input);
        var locked = lockForStep(caseId);
        var stored = locked.stored();
        var business = businesses.standing(stored.businessId());
        var me = access.require();
        var template = template(stored);
        if (stored.status() != CaseStatus.OPEN || !stepCode.equals(stored.currentStep())) {
            if (alreadyDone(caseId, stepCode)) {
                return Optional.empty();
            }
            throw InvalidInput.of("step", "certification.case.notCurrentStep");
        }
        var step = template.step(stepCode).orElseThrow();
        var actor = actingRole(me, business, step.actor());
        checkDailyCap(step, me);
        boolean last = template.steps().get(template.steps().size() - 1).code().equals(stepCode);
        var given = withKnownNib(step, business, input);
        var recorded = record(locked, stepCode, given, me, last);
        // the business again only when the step may just have given it its NIB; the step's guards and the optional
        // steps after it see the same facts
        var context = context(recorded.stored(), asksNib(step) && business.nib() == null ? businesses.standing(stored.businessId()) : business,
                guardsToCheck(template, step), recorded.references());
        var failures = Guards.check(step, context);
        if (!failures.isEmpty()) {
            throw new StepBlocked(step, failures);
        }
        String permitNumber = last ? finish(stored, given) : stored.permitNumber();
        return Optional.of(advance(locked, recorded, permitNumber, context, template, me, actor, given.note(), business.name()));
    }

    @Transactional
    public long upload(long caseId, String documentType, String fileName, byte[] content) {
        var stored = lock(caseId);
        var business = businesses.standing(stored.businessId());
        var me = access.require();
        if (!permissions(me, business, stored, false).upload()) {
            throw new AccessDeniedException("cannot upload to this case");
        }
        var type = templates.documentType(documentType).orElseThrow(() -> InvalidInput.of("documentType", "certification.document.unknownType"));
        boolean onBehalf = !isOwner(me, business);
        long id = documents.store(caseId, type.code(), fileName, content, me.username(), onBehalf);
        audit.action("case", caseId, "DOCUMENT_ADD", stored.regionCode(), Map.of(), Map.of("document", type.code(), "file", fileName));
        return id;
    }

    public CaseDocuments.StoredFile download(long caseId, long documentId) {
        get(caseId);
        return documents.file(caseId, documentId);
    }

    @Transactional
    public void comment(long caseId, String body) {
        var stored = load(caseId);
        businesses.requireVisible(stored.businessId());
        var me = access.require();
        if (body == null || body.isBlank()) {
            throw InvalidInput.of("body", "field.required");
        }
        if (body.length() > 4000) {
            throw InvalidInput.of("body", "registry.tooLong", 4000);
        }
        jdbc.sql("INSERT INTO case_comment (case_id, author, body) VALUES (?, ?, ?)").params(caseId, me.username(), body.trim()).update();
    }

    /** Cases the user may see: staff in their jurisdiction, owners their own; open ones first, most urgent first. */
    public List<CaseRow> list(CaseStatus status, boolean overdueOnly, Long businessId, int limit) {
        return list(status, overdueOnly, businessId, limit, 0);
    }

    /**
     * One page of that list: {@code limit} cases after the first {@code offset}. Offset paging is enough here:
     * the list is read from the top (the most urgent), and its index keeps each page as cheap as the rows skipped.
     */
    public List<CaseRow> list(CaseStatus status, boolean overdueOnly, Long businessId, int limit, int offset) {
        var scope = businesses.visibleCondition("c.business_id");
        var params = new java.util.HashMap<String, Object>(scope.params());
        var where = new ArrayList<String>(List.of(scope.sql()));
        if (status != null) {
            where.add("c.status = :status");
            params.put("status", status.name());
        }
        if (overdueOnly) {
            where.add("c.status = 'OPEN' AND c.step_due_on < :today");
        }
        if (businessId != null) {
            where.add("c.business_id = :business");
            params.put("business", businessId);
        }
        params.put("limit", Math.max(1, Math.min(limit, 500)));
        params.put("offset", Math.max(0, Math.min(offset, 100_000)));
        return rows(where, params, "ORDER BY c.status = 'OPEN' DESC, c.step_due_on NULLS LAST, c.id LIMIT :limit OFFSET :offset");
    }

    /** How many open cases in the user's view wait past their step's due date: the set {@code list(null, true, ...)} shows. */
    public long countOverdue() {
        var scope = businesses.visibleCondition("c.business_id");
        var params = new java.util.HashMap<String, Object>(scope.params());
        params.put("today", today());
        return jdbc.sql("""
                        SELECT count(*) FROM certification_case c JOIN registry_business b ON b.id = c.business_id
                        WHERE c.status = 'OPEN' AND c.step_due_on < :today AND\s""" + scope.sql())
                .params(params).query(Long.class).single();
    }

    /** One case as the list shows it: where it stands after a step, without the whole view. */
    public CaseRow row(long caseId) {
        var scope = businesses.visibleCondition("c.business_id");
        var params = new java.util.HashMap<String, Object>(scope.params());
        params.put("id", caseId);
        return rows(List.of(scope.sql(), "c.id = :id"), params, "").stream().findFirst()
                .orElseThrow(() -> new NotFound("case", caseId));
    }

    private List<CaseRow> rows(List<String> where, Map<String, Object> params, String orderAndLimit) {
        params.put("today", today());
        LocalDate today = today();
        return jdbc.sql("""
                        SELECT c.id, c.business_id, b.name AS business_name, coalesce(p.name, c.person_name) AS product_name,
                               c.permit_type, c.route, c.template_code, c.status, c.current_step, c.step_due_on
                        FROM certification_case c JOIN registry_business b ON b.id = c.business_id LEFT JOIN registry_product p ON p.id = c.product_id
                        WHERE """ + " " + String.join(" AND ", where) + " " + orderAndLimit)
                .params(params)
                .query((rs, i) -> {
                    LocalDate due = rs.getObject("step_due_on", LocalDate.class);
                    var statusValue = CaseStatus.valueOf(rs.getString("status"));
                    return new CaseRow(rs.getLong("id"), rs.getLong("business_id"), rs.getString("business_name"),
                            rs.getString("product_name"), PermitType.valueOf(rs.getString("permit_type")),
                            rs.getString("route") == null ? null : Route.valueOf(rs.getString("route")), rs.getString("template_code"),
                            statusValue, rs.getString("current_step"), due,
                            statusValue == CaseStatus.OPEN && due != null && due.isBefore(today));
                })
                .list();
    }

    /**
     * The open cases of these products by product and permit, each with the step it stands at: one read for a whole
     * list of products (the requirements overview), the caller having read the products as their viewer may.
     */
    Map<Long, Map<PermitType, OpenCase>> openCasesOf(java.util.Collection<Long> productIds) {
        var open = new java.util.HashMap<Long, Map<PermitType, OpenCase>>();
        if (productIds.isEmpty()) {
            return open;
        }
        jdbc.sql("""
                        SELECT id, product_id, permit_type, template_code, current_step FROM certification_case
                        WHERE product_id = ANY(:products) AND status = 'OPEN'""")
                .param("products", productIds.toArray(Long[]::new))
                .query(rs -> {
                    String current = rs.getString("current_step");
                    var step = current == null ? null
                            : templates.byCode(rs.getString("template_code")).flatMap(t -> t.step(current)).orElse(null);
                    open.computeIfAbsent(rs.getLong("product_id"), id -> new java.util.EnumMap<>(PermitType.class))
                            .put(PermitType.valueOf(rs.getString("permit_type")), new OpenCase(rs.getLong("id"), step));
                });
        return open;
    }

    /** An open case and its current step (none once every step is done and the case waits to be closed). */
    record OpenCase(long id, PathwayStep current) {
    }

    /**
     * A step asking for the NIB takes it from the business profile when the business has one, and saves the one
     * typed into the step to the profile when it has none, so the owner types it once and every permit reads it.
     */
    private StepInput withKnownNib(PathwayStep step, BusinessStanding business, StepInput input) {
        if (!step.recordsNib()) {
            // another step waiting for the NIB (a SIHALAL or BPOM account) takes it in a field of its own
            if (asksNib(step) && input.nib() != null && !input.nib().isBlank()) {
                nibs.fill(business.id(), input.nib(), "nib");
            }
            return input;
        }
        if (input.reference() == null || input.reference().isBlank()) {
            return business.nib() == null ? input : input.withReference(business.nib());
        }
        return input.withReference(nibs.fill(business.id(), input.reference(), "reference"));
    }

    private static boolean asksNib(PathwayStep step) {
        return step.guards().stream().anyMatch(guard -> guard.type() == Guard.Type.NIB_PRESENT);
    }

    /**
     * What a step brought (its reference, an inspection level, the facilitator), applied to the case in memory:
     * {@link #advance} writes it with the move, and a refused step has written nothing.
     *
     * @param reference        the reference to record for the step, or null
     * @param replaceReference false for the issued permit number, which does not replace a reference recorded before
     */
    private record Recorded(Stored stored, Set<String> references, String reference, boolean replaceReference) {
    }

    private Recorded record(LockedCase locked, String stepCode, StepInput input, CurrentUser me, boolean last) {
        var stored = locked.stored();
        String reference = null;
        boolean replace = true;
        if (input.reference() != null && !input.reference().isBlank()) {
            reference = input.reference().trim();
        } else if (last && input.permitNumber() != null && !input.permitNumber().isBlank()) {
            // the issued permit number is the last step's reference
            reference = input.permitNumber().trim();
            replace = false;
        }
        if (input.inspectionLevel() != null) {
            if (!me.hasAny(Role.OFFICER, Role.PROGRAM_MANAGER, Role.ADMIN)) {
                throw new AccessDeniedException("only officers record inspection levels");
            }
            if (input.inspectionLevel() < 1 || input.inspectionLevel() > 4) {
                throw InvalidInput.of("inspectionLevel", "certification.case.inspectionLevel");
            }
            // a level from a finished inspection is that inspection's result: correct the inspection, not the case
            if (stored.inspectionId() != null && !input.inspectionLevel().equals(stored.inspectionLevel())) {
                throw InvalidInput.of("inspectionLevel", "certification.case.levelFromInspection", stored.inspectionId());
            }
            stored = stored.withInspectionLevel(input.inspectionLevel());
        }
        if (input.facilitator() != null && !input.facilitator().isBlank()) {
            stored = stored.withFacilitator(input.facilitator().trim());
        } else if (me.has(Role.FACILITATOR) && stored.facilitator() == null) {
            stored = stored.withFacilitator(me.fullName());
        }
        Set<String> references = locked.references();
        if (reference != null) {
            references = new HashSet<>(references);
            references.add(stepCode);
        }
        return new Recorded(stored, references, reference, replace);
    }

    /**
     * The guard types completing {@code step} will check: its own and those of the optional steps right after it
     * (which {@link #advance} skips when their guards pass).
     */
    private static Set<Guard.Type> guardsToCheck(PathwayTemplate template, PathwayStep step) {
        var types = java.util.EnumSet.noneOf(Guard.Type.class);
        var steps = template.steps();
        for (int i = indexOf(steps, step.code()); i < steps.size(); i++) {
            steps.get(i).guards().forEach(guard -> types.add(guard.type()));
            if (i + 1 < steps.size() && !steps.get(i + 1).optional()) {
                break;
            }
        }
        return types;
    }

    /**
     * The last step: the issued permit goes into the registry, so it shows on the product and verifies publicly.
     * Answers the case's permit number as the registry keeps it ({@link #advance} writes it to the case).
     */
    private String finish(Stored stored, StepInput input) {
        if (stored.productId() == null) {
            return stored.permitNumber();
        }
        if (input.permitNumber() == null || input.permitNumber().isBlank()) {
            throw InvalidInput.of("permitNumber", "certification.case.permitNumberRequired");
        }
        long permitId;
        try {
            permitId = products.addPermit(stored.productId(), new PermitData(stored.permit(), input.permitNumber(), input.issuedOn(),
                    input.expiresOn(), null));
        } catch (InvalidInput e) {
            throw new InvalidInput(e.violations().stream()
                    .map(v -> new InvalidInput.Violation("number".equals(v.field()) ? "permitNumber" : v.field(), v.code(), v.args())).toList());
        }
        return products.permitNumber(permitId);
    }

    /**
     * Moves the case past the step (and the optional steps whose guards already hold) in one statement: the
     * reference the step recorded, the case's row as the step leaves it, its history row and its audit record are
     * data-modifying WITH clauses of one INSERT, one round trip, all or nothing. Answers the case as the list shows it.
     */
    private CaseRow advance(LockedCase locked, Recorded recorded, String permitNumber, GuardContext context, PathwayTemplate template,
                            CurrentUser me, ActingRole actor, String note, String businessName) {
        var stored = recorded.stored();
        var steps = template.steps();
        int index = indexOf(steps, stored.currentStep());
        var skipped = new ArrayList<String>();
        PathwayStep next = null;
        for (int i = index + 1; i < steps.size(); i++) {
            var candidate = steps.get(i);
            if (candidate.optional() && Guards.check(candidate, context).isEmpty()) {
                skipped.add(candidate.code());
                continue;
            }
            next = candidate;
            break;
        }
        LocalDate today = today();
        LocalDate due = null;
        var params = new java.util.HashMap<String, Object>();
        String move;
        if (next == null) {
            move = """
                    UPDATE certification_case SET status = 'COMPLETED', current_step = NULL, step_started_on = NULL,
                        step_due_on = NULL, closed_at = now(), inspection_level = :level, facilitator = :facilitator,
                        permit_number = :permitNumber, version = version + 1 WHERE id = :id RETURNING id""";
        } else {
            // windows (e.g. P-IRT's three months from the OSS application) need the days steps were done
            var completed = new java.util.HashMap<>(locked.stepsDoneOn());
            completed.put(stored.currentStep(), today);
            due = due(template, next, today, completed);
            move = """
                    UPDATE certification_case SET current_step = :next, step_started_on = :today, step_due_on = :due,
                        inspection_level = :level, facilitator = :facilitator, permit_number = :permitNumber,
                        version = version + 1 WHERE id = :id RETURNING id""";
            params.put("next", next.code());
            params.put("today", today);
            params.put("due", due);
        }
        params.put("id", stored.id());
        params.put("level", stored.inspectionLevel());
        params.put("facilitator", stored.facilitator());
        params.put("permitNumber", permitNumber);
        params.put("from", stored.currentStep());
        params.put("to", next == null ? null : next.code());
        params.put("skipped", skipped.toArray(String[]::new));
        params.put("actor", me.username());
        params.put("role", actor.role().name());
        params.put("onBehalf", actor.onBehalf());
        params.put("note", note == null || note.isBlank() ? null : note.trim());
        // on the clock, like the daily cap and the windows that count these days
        params.put("at", this.today.now());
        var sql = new StringBuilder("WITH ");
        if (recorded.reference() != null) {
            sql.append("reference AS (").append(recorded.replaceReference() ? """
                    INSERT INTO case_reference (case_id, step_code, reference, recorded_by) VALUES (:id, :from, :reference, :actor)
                    ON CONFLICT (case_id, step_code) DO UPDATE SET reference = excluded.reference,
                        recorded_by = excluded.recorded_by, recorded_at = now()""" : """
                    INSERT INTO case_reference (case_id, step_code, reference, recorded_by) VALUES (:id, :from, :reference, :actor)
                    ON CONFLICT DO NOTHING""").append("),\n");
            params.put("reference", recorded.reference());
        }
        var record = audit.entry("case", stored.id(), "STEP_DONE", stored.regionCode(), Map.of("step", stored.currentStep()),
                Map.of("step", next == null ? "COMPLETED" : next.code(), "onBehalf", actor.onBehalf()));
        sql.append("moved AS (").append(move).append("),\naudit AS (").append(record.sql()).append(")\n").append("""
                INSERT INTO case_transition (case_id, from_step, to_step, skipped, actor, actor_role, on_behalf, note, at)
                SELECT id, :from, CAST(:to AS varchar), :skipped, :actor, :role, :onBehalf, CAST(:note AS text), :at FROM moved""");
        jdbc.sql(sql.toString()).params(params).params(record.params()).update();
        if (next == null) {
            events.publishEvent(new CaseCompleted(stored.id(), stored.businessId(), stored.regionCode(), stored.permit(),
                    me.isStaff() ? me.agencyId() : null));
        }
        var status = next == null ? CaseStatus.COMPLETED : CaseStatus.OPEN;
        return new CaseRow(stored.id(), stored.businessId(), businessName, locked.subjectName(), stored.permit(), stored.route(),
                stored.templateCode(), status, next == null ? null : next.code(), due, due != null && due.isBefore(today));
    }

    record ActingRole(Role role, boolean onBehalf) {
    }

    /** Some steps limit how many a person may do per day (a Pendamping PPH verifies at most 10 applications a day). */
    private void checkDailyCap(PathwayStep step, CurrentUser me) {
        if (step.actorDailyCap() == null) {
            return;
        }
        var startOfDay = today().atStartOfDay(IndonesiaZone.WIB.zone()).toOffsetDateTime();
        int done = jdbc.sql("SELECT count(*) FROM case_transition WHERE from_step = ? AND actor = ? AND at >= ?")
                .params(step.code(), me.username(), startOfDay).query(Integer.class).single();
        if (done >= step.actorDailyCap()) {
            throw InvalidInput.of("step", "certification.case.dailyCap", step.actorDailyCap());
        }
    }

    /**
     * Who may mark a step done: the owner their own steps; a facilitator or officer of the region
     * the owner's steps on the owner's behalf (recorded as such); officers their own steps; anyone
     * working on the case may record what an external body did.
     */
    private ActingRole actingRole(CurrentUser me, BusinessStanding business, Actor actor) {
        return actingRoleOrNull(me, business, actor).orElseThrow(() -> new AccessDeniedException("not this user's step"));
    }

    static Optional<ActingRole> actingRoleOrNull(CurrentUser me, BusinessStanding business, Actor actor) {
        boolean owner = isOwner(me, business);
        boolean officer = business.permissions().edit() && me.hasAny(Role.OFFICER, Role.PROGRAM_MANAGER, Role.ADMIN);
        boolean facilitator = me.has(Role.FACILITATOR) && me.jurisdiction().covers(business.regionCode());
        return switch (actor) {
            case OWNER -> owner ? Optional.of(new ActingRole(Role.OWNER, false))
                    : officer ? Optional.of(new ActingRole(Role.OFFICER, true))
                    : facilitator ? Optional.of(new ActingRole(Role.FACILITATOR, true)) : Optional.empty();
            case FACILITATOR -> facilitator ? Optional.of(new ActingRole(Role.FACILITATOR, false))
                    : officer ? Optional.of(new ActingRole(Role.OFFICER, false)) : Optional.empty();
            case OFFICER -> officer ? Optional.of(new ActingRole(Role.OFFICER, false)) : Optional.empty();
            case EXTERNAL -> officer ? Optional.of(new ActingRole(Role.OFFICER, false))
                    : facilitator ? Optional.of(new ActingRole(Role.FACILITATOR, false))
                    : owner ? Optional.of(new ActingRole(Role.OWNER, false)) : Optional.empty();
        };
    }

    private CaseView.Permissions permissions(CurrentUser me, BusinessStanding business, Stored stored, boolean routeOffered) {
        boolean working = isOwner(me, business) || business.permissions().edit()
                || me.has(Role.FACILITATOR) && me.jurisdiction().covers(business.regionCode());
        Optional<ActingRole> acting = Optional.empty();
        if (stored.status() == CaseStatus.OPEN && stored.currentStep() != null) {
            var step = template(stored).step(stored.currentStep()).orElseThrow();
            acting = actingRoleOrNull(me, business, step.actor());
        }
        // the route is the owner's choice: whoever may do the owner's steps may switch it
        boolean switchRoute = routeOffered && actingRoleOrNull(me, business, Actor.OWNER).isPresent();
        return new CaseView.Permissions(acting.isPresent(), acting.map(ActingRole::onBehalf).orElse(false),
                working && stored.status() == CaseStatus.OPEN, true, switchRoute);
    }

    static boolean isOwner(CurrentUser me, BusinessStanding business) {
        return me.has(Role.OWNER) && business.permissions().edit();
    }

    GuardContext context(Stored stored, BusinessStanding business) {
        return context(stored, business, java.util.EnumSet.allOf(Guard.Type.class), references(stored.id()).keySet());
    }

    /**
     * The facts those guard types read, with the steps the case has references for; documents (with training
     * certificates) only when asked.
     */
    private GuardContext context(Stored stored, BusinessStanding business, Set<Guard.Type> checked, Set<String> refs) {
        if (!checked.contains(Guard.Type.DOCUMENT_PRESENT)) {
            return new GuardContext(business.nib() != null, Set.of(), stored.inspectionLevel(), business.scale(), refs,
                    stored.facilitator() != null);
        }
        Set<String> docs = new HashSet<>(documents.typesOf(stored.id()));
        // a certificate from a training on the platform (PKP) counts as the uploaded document; for a person's
        // credential only that person's own certificates do
        training.of(business.id()).stream()
                .filter(e -> stored.personName() == null || e.participantName().equalsIgnoreCase(stored.personName()))
                .forEach(e -> docs.add(e.documentType()));
        return new GuardContext(business.nib() != null, docs, stored.inspectionLevel(), business.scale(), refs,
                stored.facilitator() != null);
    }

    private Map<String, String> references(long caseId) {
        var refs = new java.util.LinkedHashMap<String, String>();
        jdbc.sql("SELECT step_code, reference FROM case_reference WHERE case_id = ? ORDER BY recorded_at").param(caseId)
                .query((rs, i) -> refs.put(rs.getString(1), rs.getString(2))).list();
        return refs;
    }

    private List<CaseView.CommentView> comments(long caseId) {
        return jdbc.sql("SELECT author, body, at FROM case_comment WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> new CaseView.CommentView(rs.getString("author"), rs.getString("body"),
                        rs.getObject("at", java.time.OffsetDateTime.class))).list();
    }

    private List<CaseView.TransitionView> transitions(long caseId) {
        return jdbc.sql("SELECT * FROM case_transition WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> new CaseView.TransitionView(rs.getString("from_step"), rs.getString("to_step"),
                        List.of((String[]) rs.getArray("skipped").getArray()), rs.getString("actor"), rs.getString("actor_role"),
                        rs.getBoolean("on_behalf"), rs.getString("note"), rs.getObject("at", java.time.OffsetDateTime.class)))
                .list();
    }

    private boolean alreadyDone(long caseId, String stepCode) {
        return jdbc.sql("SELECT count(*) FROM case_transition WHERE case_id = ? AND from_step = ?").params(caseId, stepCode)
                .query(Integer.class).single() > 0;
    }

    private PathwayTemplate template(Stored stored) {
        return templates.byCode(stored.templateCode()).orElseThrow(() -> new IllegalStateException("template " + stored.templateCode() + " is gone"));
    }

    private LocalDate due(PathwayStep step, LocalDate start) {
        return step.sla() == null ? null : step.sla().dueDate(start, workingDays());
    }

    /**
     * A step is due by its own service level or by the end of a window it lies in (e.g. the P-IRT
     * three-month commitment, counted from the OSS application), whichever comes first.
     */
    LocalDate due(PathwayTemplate template, PathwayStep step, LocalDate start, Map<String, LocalDate> completedOn) {
        LocalDate due = due(step, start);
        var codes = template.steps().stream().map(PathwayStep::code).toList();
        int at = codes.indexOf(step.code());
        for (var window : template.windows()) {
            LocalDate opened = completedOn.get(window.fromStep());
            if (opened == null || at <= codes.indexOf(window.fromStep()) || at > codes.indexOf(window.untilStep())) {
                continue;
            }
            LocalDate end = window.sla().dueDate(opened, workingDays());
            due = due == null || end.isBefore(due) ? end : due;
        }
        return due;
    }

    WorkingDays workingDays() {
        return new WorkingDays(holidays.dates());
    }

    LocalDate today() {
        return today.date();
    }

    private static int indexOf(List<PathwayStep> steps, String code) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalStateException("step " + code + " not in template");
    }

    private Stored load(long caseId) {
        return jdbc.sql("SELECT * FROM certification_case WHERE id = ?").param(caseId).query(Stored::map).optional()
                .orElseThrow(() -> new NotFound("case", caseId));
    }

    /**
     * A case locked for a step, with what the step needs besides its row: the steps it has references for, the first
     * day each step was done (only for templates with windows, whose due dates count from such a day) and the name
     * of its product (or person) for the answer.
     */
    record LockedCase(Stored stored, Set<String> references, Map<String, LocalDate> stepsDoneOn, String subjectName) {
    }

    /** {@link #lock} and what the step needs of the case's other rows, in the same round trip. */
    private LockedCase lockForStep(long caseId) {
        var windowed = templates.all().stream().filter(t -> !t.windows().isEmpty()).map(PathwayTemplate::code).toArray(String[]::new);
        return jdbc.sql("""
                        SELECT c.*, coalesce(p.name, c.person_name) AS subject_name,
                               ARRAY(SELECT r.step_code FROM case_reference r WHERE r.case_id = c.id) AS reference_steps,
                               CASE WHEN c.template_code = ANY(:windowed) THEN ARRAY(
                                   SELECT t.from_step || ' ' || CAST(min(t.at AT TIME ZONE :zone) AS date) FROM case_transition t
                                   WHERE t.case_id = c.id GROUP BY t.from_step) END AS steps_done_on
                        FROM certification_case c LEFT JOIN registry_product p ON p.id = c.product_id
                        WHERE c.id = :id FOR UPDATE OF c""")
                .param("id", caseId).param("windowed", windowed).param("zone", IndonesiaZone.WIB.zone().getId())
                .query((rs, i) -> {
                    var doneOn = new java.util.HashMap<String, LocalDate>();
                    for (String day : strings(rs.getArray("steps_done_on"))) {
                        doneOn.put(day.substring(0, day.indexOf(' ')), LocalDate.parse(day.substring(day.indexOf(' ') + 1)));
                    }
                    return new LockedCase(Stored.map(rs, i), Set.copyOf(strings(rs.getArray("reference_steps"))), doneOn,
                            rs.getString("subject_name"));
                })
                .optional().orElseThrow(() -> new NotFound("case", caseId));
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Serialises work on one case, so two people completing the same step cannot both advance it. */
    private Stored lock(long caseId) {
        return jdbc.sql("SELECT * FROM certification_case WHERE id = ? FOR UPDATE").param(caseId).query(Stored::map).optional()
                .orElseThrow(() -> new NotFound("case", caseId));
    }
}
