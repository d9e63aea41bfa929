package id.naikkelas.security;

import id.naikkelas.identity.Role;
import id.naikkelas.programs.Facilitation;
import id.naikkelas.programs.ProgramData;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.PermitType;
import id.naikkelas.security.Rule.Reach;
import id.naikkelas.security.World.Kind;
import id.naikkelas.training.EventData;
import id.naikkelas.training.EventMode;
import id.naikkelas.training.EventType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.naikkelas.identity.Role.ADMIN;
import static id.naikkelas.identity.Role.FACILITATOR;
import static id.naikkelas.identity.Role.OFFICER;
import static id.naikkelas.identity.Role.OWNER;
import static id.naikkelas.identity.Role.PROGRAM_MANAGER;

/**
 * The access table: per operation, who is meant to use it and on which objects. It is the README's rules written
 * down once; {@link AccessMatrixTest} asks every operation of the OpenAPI document and every page with every demo
 * account about objects inside and outside their scope, and fails when an operation or page has no line here.
 */
final class AccessRules {

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    /** Who works with registry records: staff, facilitators (assigned businesses) and owners (their own). */
    static final Set<Role> READERS = EnumSet.of(ADMIN, PROGRAM_MANAGER, OFFICER, FACILITATOR, OWNER);
    static final Set<Role> EDITORS = EnumSet.of(ADMIN, PROGRAM_MANAGER, OFFICER);
    static final Set<Role> EDITORS_OWNER = EnumSet.of(ADMIN, PROGRAM_MANAGER, OFFICER, OWNER);
    static final Set<Role> STAFF = EnumSet.of(ADMIN, PROGRAM_MANAGER, OFFICER, FACILITATOR);
    static final Set<Role> FACILITATOR_OWNER = EnumSet.of(FACILITATOR, OWNER);
    static final Set<Role> OWNERS = EnumSet.of(OWNER);
    static final Set<Role> FACILITATORS = EnumSet.of(FACILITATOR);
    static final Set<Role> ADMINS = EnumSet.of(ADMIN);

    // ---- scope rules -----------------------------------------------------------------------------------------------

    /** The registry's rule for the business the object belongs to. */
    static final Reach BUSINESS = (w, c, t) -> World.sees(c, t.biz());
    /** Drafts are for inspectors (staff who see the business); the owner reads finished ones. */
    static final Reach INSPECTION = (w, c, t) -> World.sees(c, t.biz()) && (!Boolean.TRUE.equals(t.get("draft")) || c.staff());
    /** Evidence: the owner, or a facilitator working on the business. */
    static final Reach SEES_PROGRAM = (w, c, t) -> w.seesProgram(c, t.program());
    static final Reach MANAGES_PROGRAM = (w, c, t) -> c.manages(t.program().region());
    /** The program's staff, or the facilitator assigned to the enrolment. */
    static final Reach WORKS_ON_ENROLLMENT = (w, c, t) -> c.manages(t.program().region())
            || c.is(FACILITATOR) && t.biz().facilitator() == c;
    /** A partner organisation of the program (ADR 0015): it sees the program's participants and their enrolment pages. */
    static final Reach PARTNER_OF_PROGRAM = (w, c, t) -> c.is(Role.PARTNER) && t.program() != null && t.program().partnered();
    static final Reach ENROLLMENT_PAGE = (w, c, t) -> World.sees(c, t.biz()) && w.seesProgram(c, t.program())
            || PARTNER_OF_PROGRAM.test(w, c, t);
    static final Reach BUSINESS_OR_PARTNER = (w, c, t) -> World.sees(c, t.biz()) || PARTNER_OF_PROGRAM.test(w, c, t);
    static final Set<Role> READERS_PARTNER = EnumSet.of(ADMIN, PROGRAM_MANAGER, OFFICER, FACILITATOR, OWNER, Role.PARTNER);
    static final Set<Role> INVITERS = EnumSet.of(ADMIN, PROGRAM_MANAGER);
    static final Set<Role> PARTNERS = EnumSet.of(Role.PARTNER);
    static final Reach SEES_EVENT = (w, c, t) -> w.seesEvent(c, t.event());
    static final Reach ORGANISES = (w, c, t) -> World.organises(c, t.event());
    /** Organisers get the test with its key; a participant with a confirmed place gets the questions. */
    static final Reach EVENT_TEST = (w, c, t) -> World.organises(c, t.event())
            || c.is(OWNER) && w.businesses.stream().anyMatch(b -> b.owner() == c && t.event().registered().contains(b.id()));
    /** A registration: its owner, the organisers, and staff who see the business (a facilitator: assigned ones). */
    static final Reach SEES_REGISTRATION = (w, c, t) -> World.ownsBusiness(c, t.biz()) || World.organises(c, t.event())
            || c.staff() && World.sees(c, t.biz());
    static final Reach OWN_OR_ORGANISES = (w, c, t) -> World.ownsBusiness(c, t.biz()) || World.organises(c, t.event());
    static final Reach OWN_REGISTRATION = (w, c, t) -> World.ownsBusiness(c, t.biz());
    static final Reach IMPORT = (w, c, t) -> World.seesImport(c, t.job());
    static final Reach REVIEW = (w, c, t) -> World.seesImport(c, t.job()) && World.sees(c, t.biz());
    static final Reach OWN_TOKEN = (w, c, t) -> c == t.owner() || c.is(ADMIN);
    /** Staff register businesses in their jurisdiction; an owner registers their own anywhere. */
    static final Reach NEW_BUSINESS_IN = (w, c, t) -> c.is(OWNER) || c.manages(t.region());
    static final Reach MANAGES_REGION = (w, c, t) -> c.manages(t.region());
    /** A report job: staff whose jurisdiction covers the region it covers (ADR 0025); anyone else is told it does not exist. */
    static final Reach REPORT_SCOPE = (w, c, t) -> c.manages(t.region());

    private final List<Rule> rules = new ArrayList<>();
    private final boolean web;

    private AccessRules(boolean web) {
        this.web = web;
    }

    private Rule op(String key) {
        var rule = new Rule(key, web);
        rules.add(rule);
        return rule;
    }

    // ---- the JSON API (every operation of /v3/api-docs) -------------------------------------------------------------

    static List<Rule> api() {
        var t = new AccessRules(false);

        // registry
        t.op("GET /api/v1/businesses").roles(READERS);
        t.op("POST /api/v1/businesses/search").roles(READERS).body((x, c, o, r) -> r.json(Map.of()));
        t.op("POST /api/v1/businesses").roles(EDITORS_OWNER).on(Kind.REGION, NEW_BUSINESS_IN)
                .body((x, c, o, r) -> r.json(x.newBusiness((String) o.get("village"))));
        t.op("GET /api/v1/businesses/{id}").roles(READERS).on(Kind.BUSINESS, BUSINESS);
        t.op("PUT /api/v1/businesses/{id}").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS)
                .body((x, c, o, r) -> r.json(changed(o.biz().data())).header("If-Match", "\"" + x.version("business", o.id()) + "\""));
        t.op("DELETE /api/v1/businesses/{id}").roles(EDITORS).on(Kind.BUSINESS, BUSINESS);
        t.op("POST /api/v1/businesses/{id}/verify").roles(EDITORS).on(Kind.BUSINESS, BUSINESS);
        t.op("GET /api/v1/businesses/{id}/products").roles(READERS).on(Kind.BUSINESS, BUSINESS);
        t.op("POST /api/v1/businesses/{id}/products").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS)
                .body((x, c, o, r) -> r.json(World.product(x.world().marker + " Produk Baru")));
        t.op("GET /api/v1/businesses/export.xlsx").roles(STAFF);
        // merging two records of one business: officers with jurisdiction over both (the survivor answers 403 to who only sees it)
        t.op("POST /api/v1/businesses/{id}/merge").roles(EDITORS).on(Kind.BUSINESS, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.json(Map.of("absorbedId", o.id(), "absorbedVersion", x.version("business", o.id())))
                        .header("If-Match", "\"" + x.version("business", o.id()) + "\""));
        t.op("GET /api/v1/business-merges/{id}").roles(EDITORS)
                .unprobed("the world holds no merge; BusinessMergeTest asks another region's officer about one (404)");
        t.op("POST /api/v1/business-merges/{id}/undo").roles(EDITORS)
                .unprobed("the world holds no merge; BusinessMergeTest has another region's officer refused (404)");
        t.op("GET /api/v1/products").roles(ALL);
        // market (issue 19): public catalogue reads, owners' listings
        t.op("GET /api/v1/catalogue/products").open().body((x, c, o, r) -> r.param("q", "keripik"));
        t.op("GET /api/v1/catalogue/products/{id}").open()
                .unprobed("only published products answer, and the world publishes none: CataloguePrivacyTest and CatalogueTest");
        t.op("GET /api/v1/catalogue/businesses/{id}").open().unprobed("businesses with a published product only: CataloguePrivacyTest");
        t.op("GET /api/v1/listings").roles(OWNERS);
        t.op("GET /api/v1/listings/{productId}").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS);
        t.op("PUT /api/v1/listings/{productId}").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("published", false, "priceMin", 10000, "speciality", false)).header("If-Match", "\"0\""));
        // agency curation (issue 19 part 4, ADR 0022): public reads; curators of an agency, other agencies' rows 404 (CurationTest)
        t.op("GET /api/v1/catalogue/featured").open();
        t.op("GET /api/v1/catalogue/collections").open();
        t.op("GET /api/v1/catalogue/collections/{slug}").open().unprobed("published collections only, drafts 404: CurationTest, CataloguePrivacyTest");
        t.op("GET /api/v1/catalogue/events").open();
        t.op("GET /api/v1/catalogue/events/{id}").open().unprobed("events not in draft only: CurationTest, CataloguePrivacyTest");
        t.op("GET /api/v1/curation/products").roles(EDITORS).body((x, c, o, r) -> r.param("q", "keripik"));
        t.op("GET /api/v1/curation/businesses").roles(EDITORS).body((x, c, o, r) -> r.param("q", "a"));
        t.op("GET /api/v1/curation/featured").roles(EDITORS);
        t.op("POST /api/v1/curation/featured").roles(EDITORS).unprobed("the caller's agency's jurisdiction only, others 422 on productId: CurationTest");
        t.op("PUT /api/v1/curation/featured/{id}").roles(EDITORS).unprobed("the caller's agency's rows only, others 404: CurationTest");
        t.op("DELETE /api/v1/curation/featured/{id}").roles(EDITORS).unprobed("the caller's agency's rows only, others 404: CurationTest");
        t.op("GET /api/v1/curation/collections").roles(EDITORS);
        t.op("POST /api/v1/curation/collections").roles(EDITORS).unprobed("creates for the caller's agency, its jurisdiction's products only: CurationTest");
        t.op("GET /api/v1/curation/collections/{id}").roles(EDITORS).unprobed("the caller's agency's collections only, others 404: CurationTest");
        t.op("PUT /api/v1/curation/collections/{id}").roles(EDITORS).unprobed("the caller's agency's collections only, others 404: CurationTest");
        t.op("DELETE /api/v1/curation/collections/{id}").roles(EDITORS).unprobed("the caller's agency's collections only, others 404: CurationTest");
        t.op("GET /api/v1/curation/events").roles(EDITORS);
        t.op("POST /api/v1/curation/events").roles(EDITORS).unprobed("creates for the caller's agency in its jurisdiction only: CurationTest");
        t.op("GET /api/v1/curation/events/{id}").roles(EDITORS).unprobed("the caller's agency's events only, others 404: CurationTest");
        t.op("PUT /api/v1/curation/events/{id}").roles(EDITORS).unprobed("the caller's agency's events only, others 404: CurationTest");
        t.op("PUT /api/v1/curation/events/{id}/participants/{businessId}").roles(EDITORS)
                .unprobed("the caller's agency's events, businesses of its jurisdiction only: CurationTest");
        t.op("DELETE /api/v1/curation/events/{id}/participants/{businessId}").roles(EDITORS)
                .unprobed("the caller's agency's events only, others 404: CurationTest");
        // owners ask to take part in market events, curators answer (ADR 0031): EventJoinTest
        t.op("GET /api/v1/listings/events").roles(OWNERS);
        t.op("GET /api/v1/listings/event-requests").roles(OWNERS);
        t.op("POST /api/v1/listings/event-requests").roles(OWNERS).unprobed("one's own verified business only, others 404: EventJoinTest");
        t.op("GET /api/v1/listings/event-requests/{id}").roles(OWNERS).unprobed("one's own business's requests only, others 404: EventJoinTest");
        t.op("GET /api/v1/curation/events/{id}/requests").roles(EDITORS).unprobed("the caller's agency's events only, others 404: EventJoinTest");
        t.op("PUT /api/v1/curation/event-requests/{id}/decision").roles(EDITORS)
                .unprobed("the caller's agency's events, businesses of the caller's jurisdiction only, others 404: EventJoinTest");
        // buyers' inquiries and weekly orders (issue 19 part 5)
        t.op("GET /api/v1/buyer/profile").roles(EnumSet.of(Role.BUYER));
        t.op("PUT /api/v1/buyer/profile").roles(EnumSet.of(Role.BUYER)).unprobed("one's own buyer profile: nobody else's object");
        t.op("GET /api/v1/buyer/inquiries").roles(EnumSet.of(Role.BUYER));
        t.op("POST /api/v1/buyer/products/{productId}/inquiries").roles(EnumSet.of(Role.BUYER)).unprobed("verified buyers, published products only: TradeTest");
        t.op("GET /api/v1/buyer/inquiries/{id}").roles(EnumSet.of(Role.BUYER)).unprobed("the buyer's own inquiries only, others 404: TradeTest");
        t.op("POST /api/v1/buyer/inquiries/{id}/order").roles(EnumSet.of(Role.BUYER)).unprobed("the buyer's own accepted inquiries only: TradeTest");
        t.op("GET /api/v1/buyer/orders").roles(EnumSet.of(Role.BUYER));
        t.op("POST /api/v1/buyer/deliveries/{id}/received").roles(EnumSet.of(Role.BUYER)).unprobed("deliveries of the buyer's own orders only: TradeTest");
        t.op("GET /api/v1/listings/inquiries").roles(OWNERS);
        t.op("GET /api/v1/listings/inquiries/{id}").roles(OWNERS).unprobed("inquiries to the owner's businesses only, others 404: TradeTest");
        t.op("PUT /api/v1/listings/inquiries/{id}/answer").roles(OWNERS).unprobed("inquiries to the owner's businesses only: TradeTest");
        t.op("GET /api/v1/listings/orders").roles(OWNERS);
        t.op("POST /api/v1/listings/deliveries/{id}/sent").roles(OWNERS).unprobed("deliveries of the owner's businesses only: TradeTest");
        t.op("GET /api/v1/buyer/orders/{id}").roles(EnumSet.of(Role.BUYER)).unprobed("the buyer's own orders only, others 404: OrderChangeTest");
        t.op("POST /api/v1/buyer/orders/{id}/change-request").roles(EnumSet.of(Role.BUYER)).unprobed("the buyer's own orders only: OrderChangeTest");
        t.op("POST /api/v1/buyer/orders/{id}/cancellation").roles(EnumSet.of(Role.BUYER)).unprobed("the buyer's own orders only: OrderChangeTest");
        t.op("POST /api/v1/listings/deliveries/{id}/not-delivered").roles(OWNERS).unprobed("deliveries of the owner's businesses only: OrderChangeTest");
        t.op("GET /api/v1/listings/orders/{id}").roles(OWNERS).unprobed("orders to the owner's businesses only, others 404: OrderChangeTest");
        t.op("PUT /api/v1/listings/orders/{id}/change-request").roles(OWNERS).unprobed("orders to the owner's businesses only: OrderChangeTest");
        t.op("POST /api/v1/listings/orders/{id}/cancellation").roles(OWNERS).unprobed("orders to the owner's businesses only: OrderChangeTest");
        t.op("POST /api/v1/buyer-registrations").open().unprobed("a new account and organisation: nobody's object (BuyerRegistrationTest)");
        t.op("GET /api/v1/buyers").roles(EDITORS);
        t.op("GET /api/v1/buyers/{userId}").roles(EDITORS).unprobed("buyers of the officer's regions only, others 404: BuyerRegistrationTest");
        t.op("PUT /api/v1/buyers/{userId}/decision").roles(EDITORS).unprobed("buyers of the officer's regions only, others 404: BuyerRegistrationTest");
        t.op("GET /api/v1/listings/businesses/{businessId}").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS);
        t.op("PUT /api/v1/listings/businesses/{businessId}").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("story", x.world().marker + " cerita")).header("If-Match", "\"0\""));
        t.op("GET /api/v1/products/{id}").roles(READERS).on(Kind.PRODUCT, BUSINESS);
        t.op("PUT /api/v1/products/{id}").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS)
                .body((x, c, o, r) -> r.json(World.product(o.biz().productName() + " Diubah"))
                        .header("If-Match", "\"" + x.version("product", o.id()) + "\""));
        t.op("DELETE /api/v1/products/{id}").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS);
        t.op("POST /api/v1/products/{id}/photos").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS)
                .body((x, c, o, r) -> r.file("photo", World.png()));
        t.op("POST /api/v1/products/{id}/permits").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("type", "TRADEMARK", "number", World.permitNumber())));
        t.op("DELETE /api/v1/permits/{permitId}").roles(EDITORS_OWNER).on(Kind.PERMIT, BUSINESS);

        // certification
        t.op("GET /api/v1/products/{id}/requirements").roles(READERS).on(Kind.PRODUCT, BUSINESS);
        t.op("POST /api/v1/cases").roles(READERS).on(Kind.PRODUCT, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("productId", o.id(), "permit", "HALAL", "route", "SELF_DECLARE")));
        t.op("GET /api/v1/cases").roles(ALL);
        t.op("GET /api/v1/cases/{id}").roles(READERS).on(Kind.CASE, BUSINESS);
        t.op("POST /api/v1/cases/{id}/steps/{step}/complete").roles(READERS).on(Kind.CASE, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("reference", "OSS-MATRIKS-1", "note", "matriks")));
        t.op("POST /api/v1/cases/{id}/documents").roles(READERS).on(Kind.CASE, BUSINESS)
                .body((x, c, o, r) -> r.param("documentType", "LABEL_DESIGN").file("file", World.png()));
        t.op("POST /api/v1/cases/{id}/comments").roles(READERS).on(Kind.CASE, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("body", "Komentar matriks")));
        // a person's credential (BNSP) is started for the business's owner or a worker by whoever may do the owner's steps
        t.op("POST /api/v1/businesses/{id}/competency-cases").roles(READERS).on(Kind.BUSINESS, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("personName", "Pekerja Matriks " + c, "personRole", "WORKER")));
        // a case's route follows the product until filing: whoever may do the owner's steps switches it
        t.op("POST /api/v1/cases/{id}/route").roles(READERS).on(Kind.CASE, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("route", "REGULAR"))
                        .header("If-Match", "\"" + x.version("certification_case", o.id()) + "\""));
        t.op("GET /api/v1/cases/{id}/packs/{system}").roles(READERS).on(Kind.CASE, BUSINESS);
        t.op("GET /api/v1/cases/{id}/packs/{system}.pdf").roles(READERS).on(Kind.CASE, BUSINESS);
        t.op("GET /api/v1/permits/expiring").roles(ALL);
        t.op("GET /api/v1/public/permits").open().body((x, c, o, r) -> r.param("number", "IDM000123456"));
        t.op("POST /api/v1/permit-check").open().body((x, c, o, r) -> r.json(Map.of("sector", "PROCESSED_FOOD", "shelfLifeDays", 30)));

        // programs
        t.op("GET /api/v1/programs").roles(ALL);
        t.op("POST /api/v1/programs").roles(EDITORS).on(Kind.REGION, MANAGES_REGION).refusedAsInvalid("programs.regions.outside")
                .body((x, c, o, r) -> r.json(newProgram(x.world(), o.region())));
        t.op("GET /api/v1/programs/{id}").roles(ALL).on(Kind.PROGRAM, SEES_PROGRAM);
        t.op("PUT /api/v1/programs/{id}").roles(EDITORS).on(Kind.PROGRAM, MANAGES_PROGRAM)
                .body((x, c, o, r) -> r.json(changed(o.program().data())).header("If-Match", "\"" + x.version("program", o.id()) + "\""));
        t.op("GET /api/v1/programs/{id}/enrollments").roles(ALL).on(Kind.PROGRAM, SEES_PROGRAM);
        t.op("POST /api/v1/programs/{id}/enrollments").roles(EDITORS).on(Kind.PROGRAM, MANAGES_PROGRAM)
                .body((x, c, o, r) -> r.json(Map.of("businessIds", List.of(o.program().homeBusiness()))));
        t.op("POST /api/v1/programs/{id}/applications").roles(OWNERS).on(Kind.PROGRAM, SEES_PROGRAM)
                .body((x, c, o, r) -> r.json(Map.of("businessId", x.world().biz("pemilik").id())));
        t.op("POST /api/v1/programs/{id}/awards").roles(EDITORS).on(Kind.PROGRAM, MANAGES_PROGRAM)
                .body((x, c, o, r) -> r.json(Map.of("businessId", o.program().homeBusiness(), "title", "UMKM Berprestasi Matriks",
                        "awardedOn", World.today().toString())));
        t.op("POST /api/v1/enrollments/{id}/decision").roles(EDITORS).on(Kind.ENROLLMENT, MANAGES_PROGRAM)
                .body((x, c, o, r) -> r.json(Map.of("accept", false, "reason", "matriks")));
        t.op("POST /api/v1/enrollments/{id}/next-stage").roles(STAFF).on(Kind.ENROLLMENT, WORKS_ON_ENROLLMENT);
        t.op("POST /api/v1/enrollments/{id}/outcome").roles(EDITORS).on(Kind.ENROLLMENT, MANAGES_PROGRAM)
                .body((x, c, o, r) -> r.json(Map.of("outcome", "GRADUATED")));
        t.op("GET /api/v1/enrollments/{id}/facilitator-suggestions").roles(EDITORS).on(Kind.ENROLLMENT, MANAGES_PROGRAM);
        t.op("POST /api/v1/enrollments/{id}/facilitator").roles(EDITORS).on(Kind.ENROLLMENT, MANAGES_PROGRAM)
                .body((x, c, o, r) -> r.json(Map.of("facilitatorId", x.world().facilitatorId, "reason", "matriks")));
        t.op("GET /api/v1/enrollments/{id}/visits").roles(READERS_PARTNER).on(Kind.ENROLLMENT, BUSINESS_OR_PARTNER);
        t.op("POST /api/v1/enrollments/{id}/visits").roles(STAFF).on(Kind.ENROLLMENT, WORKS_ON_ENROLLMENT)
                .body((x, c, o, r) -> r.json(Map.of("token", UUID.randomUUID().toString(), "visitedOn", World.today().toString(),
                        "mode", "ONSITE", "notes", "Kunjungan matriks")));
        t.op("GET /api/v1/worklist").roles(ALL);
        t.op("GET /api/v1/programs/{programId}/participants/{enrollmentId}/journey").roles(READERS)
                .unprobed("two ids: ParticipantJourneyTest has another region's manager refused (404)");
        t.op("POST /api/v1/programs/{programId}/participants/{enrollmentId}/journey").roles(STAFF)
                .unprobed("two ids: ParticipantJourneyTest has another region's manager refused (404), nothing saved");
        t.op("GET /api/v1/programs/{id}/participants").roles(ALL).on(Kind.PROGRAM, SEES_PROGRAM);
        t.op("POST /api/v1/programs/{id}/bulk-actions").roles(EDITORS).on(Kind.PROGRAM, MANAGES_PROGRAM)
                .body((x, c, o, r) -> r.json(Map.of("action", "VISIT", "allMatching", true, "visitOn", World.today().plusDays(7).toString())));
        t.op("POST /api/v1/programs/{id}/bulk-actions/{job}/apply").roles(EDITORS)
                .unprobed("the world holds no bulk job: ParticipantBulkTest has another region's manager refused on preview and apply");
        t.op("GET /api/v1/programs/{id}/bulk-actions/{job}").roles(EDITORS)
                .unprobed("the world holds no bulk job: ParticipantBulkTest asks with another region's manager");
        t.op("GET /api/v1/partner/participants").roles(PARTNERS);
        t.op("GET /api/v1/partner/contribution").roles(PARTNERS);
        t.op("GET /api/v1/programs/{id}/partners/{agency}/mou").roles(ALL)
                .unprobed("a program and a partner: PartnerMembersTest has another region's manager refused (404)");
        t.op("PUT /api/v1/programs/{id}/partners/{agency}/mou").roles(EDITORS)
                .unprobed("PartnerMembersTest: the partner itself is refused (403), a region outside the program named (422)");
        t.op("POST /api/v1/programs/{id}/partners/{agency}/mou/document").roles(EDITORS)
                .unprobed("the same PartnerMous.attachDocument as the MoU page, checked as the scope is");
        t.op("GET /api/v1/programs/{id}/partners/{agency}/mou/document").roles(ALL)
                .unprobed("the same PartnerMous.get check as the MoU; PartnerMembersTest reads it as the partner");

        // invitations (ADR 0015)
        t.op("GET /api/v1/invitations").roles(INVITERS);
        t.op("GET /api/v1/invitations/agencies").roles(INVITERS);
        t.op("POST /api/v1/invitations").roles(INVITERS)
                .unprobed("InvitationsTest: roles, regions and agencies beyond the inviter's are refused (422 naming the field)");
        t.op("POST /api/v1/invitations/{id}/resend").roles(INVITERS).unprobed("InvitationsTest: another agency's manager gets 404");
        t.op("POST /api/v1/invitations/{id}/revoke").roles(INVITERS).unprobed("InvitationsTest: another agency's manager gets 404");
        t.op("GET /api/v1/invitations/{token}").open().unprobed("a one-time link: InvitationsTest opens, spends and expires it by the API");
        t.op("POST /api/v1/invitations/{token}/accept").open().unprobed("a one-time link: InvitationsTest spends it once, also twice at once");

        // training
        t.op("GET /api/v1/training/events").roles(ALL);
        t.op("POST /api/v1/training/events").roles(EDITORS).on(Kind.REGION, MANAGES_REGION).refusedAsInvalid("training.region.outside")
                .body((x, c, o, r) -> r.json(newEvent(x.world(), o.region())));
        t.op("GET /api/v1/training/events/{id}").roles(ALL).on(Kind.EVENT, SEES_EVENT);
        t.op("PUT /api/v1/training/events/{id}").roles(EDITORS).on(Kind.EVENT, ORGANISES)
                .body((x, c, o, r) -> r.json(changed(o.event().data())).header("If-Match", "\"" + x.version("training_event", o.id()) + "\""));
        t.op("POST /api/v1/training/events/{id}/cancellation").roles(EDITORS).on(Kind.EVENT, ORGANISES)
                .body((x, c, o, r) -> r.json(Map.of("reason", "Batal karena matriks"))
                        .header("If-Match", "\"" + x.version("training_event", o.id()) + "\""));
        t.op("GET /api/v1/training/events/{id}/registrations").roles(STAFF).on(Kind.EVENT, SEES_EVENT);
        t.op("POST /api/v1/training/events/{id}/registrations").roles(EDITORS_OWNER).on(Kind.EVENT, SEES_EVENT)
                .body((x, c, o, r) -> r.json(Map.of("businessId", c.is(OWNER) ? x.world().biz("pemilik").id() : o.event().homeBusiness(),
                        "participantName", "Peserta Matriks Baru")));
        t.op("POST /api/v1/training/events/{id}/registrations/bulk").roles(EDITORS).on(Kind.EVENT, SEES_EVENT)
                .body((x, c, o, r) -> r.json(Map.of("businessIds", List.of(o.event().homeBusiness()))));
        t.op("GET /api/v1/training/registrations/mine").roles(ALL);
        t.op("GET /api/v1/training/registrations/{id}").roles(READERS).on(Kind.REGISTRATION, SEES_REGISTRATION);
        t.op("POST /api/v1/training/registrations/{id}/cancel").roles(EDITORS_OWNER).on(Kind.REGISTRATION, OWN_OR_ORGANISES);
        t.op("POST /api/v1/training/events/{id}/sessions/{sessionId}/check-ins").roles(EDITORS).on(Kind.EVENT, ORGANISES)
                .body((x, c, o, r) -> r.json(Map.of("code", x.shortCode(o.event().homeRegistration()), "method", "CODE")));
        t.op("POST /api/v1/training/events/{id}/sessions/{sessionId}/recorded-attendance").roles(EDITORS).on(Kind.EVENT, ORGANISES)
                .body((x, c, o, r) -> r.json(Map.of("registrationId", o.event().homeRegistration(), "reason", "Daftar hadir kertas")));
        t.op("PUT /api/v1/training/events/{id}/sessions/{sessionId}/online-attendance").roles(EDITORS).on(Kind.EVENT, ORGANISES)
                .body((x, c, o, r) -> r.json(Map.of("registrationIds", List.of(o.event().homeRegistration()))));
        t.op("GET /api/v1/training/events/{id}/tests/{kind}").roles(EDITORS_OWNER).on(Kind.EVENT, EVENT_TEST);
        t.op("GET /api/v1/training/registrations/{id}/tests/{kind}").roles(OWNERS).on(Kind.REGISTRATION, OWN_REGISTRATION);
        t.op("PUT /api/v1/training/events/{id}/tests/{kind}").roles(EDITORS).on(Kind.EVENT, ORGANISES)
                .body((x, c, o, r) -> r.json(Map.of("questions", List.of(Map.of("question", "Pertanyaan matriks?",
                        "options", List.of("Ya", "Tidak"), "answer", 1)))));
        t.op("POST /api/v1/training/registrations/{id}/tests/{kind}").roles(OWNERS).on(Kind.REGISTRATION, OWN_REGISTRATION)
                .body((x, c, o, r) -> r.json(Map.of("answers", List.of(0))));
        t.op("POST /api/v1/training/registrations/{id}/tests/{kind}/paper").roles(EDITORS).on(Kind.REGISTRATION,
                (w, c, o) -> World.organises(c, o.event())).body((x, c, o, r) -> r.json(Map.of("score", 80)));
        t.op("GET /api/v1/training/events/{id}/summary").roles(STAFF).on(Kind.EVENT, SEES_EVENT);
        t.op("POST /api/v1/training/events/{id}/certificates").roles(EDITORS).on(Kind.EVENT, ORGANISES);
        t.op("GET /api/v1/public/certificates/{code}").open();

        // inspections and corrective actions
        t.op("GET /api/v1/inspections/checklists").roles(ALL);
        t.op("GET /api/v1/inspections").roles(READERS).on(Kind.BUSINESS, BUSINESS).body((x, c, o, r) -> r.param("businessId", o.id()));
        t.op("POST /api/v1/inspections").roles(STAFF).on(Kind.BUSINESS, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("businessId", o.id(), "templateCode", "cppb-irt")));
        t.op("GET /api/v1/inspections/{id}").roles(READERS).on(Kind.INSPECTION, INSPECTION);
        t.op("PUT /api/v1/inspections/{id}/answers/{itemCode}").roles(STAFF).on(Kind.INSPECTION, INSPECTION)
                .body((x, c, o, r) -> r.json(Map.of("answer", "NOT_MET", "note", "temuan matriks")));
        t.op("POST /api/v1/inspections/{id}/answers/{itemCode}/photos").roles(STAFF).on(Kind.INSPECTION, INSPECTION)
                .body((x, c, o, r) -> r.file("photo", World.png()));
        t.op("GET /api/v1/inspections/photos/{photoId}").roles(READERS).on(Kind.INSPECTION_PHOTO, INSPECTION);
        t.op("PUT /api/v1/inspections/{id}/details").roles(STAFF).on(Kind.INSPECTION, INSPECTION)
                .body((x, c, o, r) -> r.json(Map.of("version", x.version("inspection", o.id()),
                        "inspectedOn", World.today().minusDays(1).toString())));
        t.op("POST /api/v1/inspections/{id}/finish").roles(STAFF).on(Kind.INSPECTION, INSPECTION);
        t.op("POST /api/v1/inspections/{id}/corrections").roles(STAFF).on(Kind.INSPECTION, INSPECTION)
                .body((x, c, o, r) -> r.json(Map.of("reason", "Koreksi matriks")));
        t.op("GET /api/v1/inspections/{id}/report").roles(READERS).on(Kind.FINISHED_INSPECTION, INSPECTION);
        t.op("GET /api/v1/corrective-actions").roles(ALL);
        t.op("GET /api/v1/corrective-actions/{id}").roles(READERS).on(Kind.ACTION, BUSINESS);
        // the owner, or for them whoever may inspect the business (its facilitator, the region's officers)
        t.op("POST /api/v1/corrective-actions/{id}/evidence").roles(READERS).on(Kind.ACTION, BUSINESS)
                .body((x, c, o, r) -> r.file("file", World.png()).param("note", "bukti matriks"));
        t.op("GET /api/v1/corrective-actions/{id}/evidence").roles(READERS).on(Kind.ACTION_WITH_EVIDENCE, BUSINESS);
        t.op("POST /api/v1/corrective-actions/{id}/verification").roles(STAFF).on(Kind.ACTION, BUSINESS)
                .body((x, c, o, r) -> r.json(Map.of("accepted", false, "note", "belum cukup")));

        // imports
        t.op("POST /api/v1/imports").roles(EDITORS)
                .body((x, c, o, r) -> r.file("file", ("nama usaha;alamat\n" + x.world().marker + " Impor " + UUID.randomUUID()
                        + ";Jl. Matriks\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        t.op("GET /api/v1/imports").roles(EDITORS);
        t.op("GET /api/v1/imports/{id}").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("PUT /api/v1/imports/{id}/mapping").roles(EDITORS).on(Kind.IMPORT, IMPORT)
                .body((x, c, o, r) -> r.json(Map.of("columns", Map.of("BUSINESS_NAME", 0), "templateName", x.world().marker + " templat")));
        t.op("POST /api/v1/imports/{id}/start").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("POST /api/v1/imports/{id}/cancel").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("POST /api/v1/imports/{id}/resume").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("GET /api/v1/imports/{id}/rejected").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("GET /api/v1/imports/{id}/rejected.xlsx").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("GET /api/v1/imports/{id}/lines").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("GET /api/v1/imports/{id}/lines.xlsx").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("GET /api/v1/imports/provenance/{businessId}").roles(EDITORS).on(Kind.BUSINESS, BUSINESS);
        t.op("GET /api/v1/imports/templates").roles(EDITORS);
        t.op("GET /api/v1/imports/reviews").roles(EDITORS);
        t.op("GET /api/v1/imports/reviews/{id}").roles(EDITORS).on(Kind.REVIEW, REVIEW);
        t.op("POST /api/v1/imports/reviews/{id}/merge").roles(EDITORS).on(Kind.REVIEW, REVIEW)
                .body((x, c, o, r) -> r.json(Map.of("version", x.version("import_review", o.id()), "picks", Map.of("NAME", "INCOMING"))));
        t.op("POST /api/v1/imports/reviews/{id}/create").roles(EDITORS).on(Kind.REVIEW, REVIEW)
                .body((x, c, o, r) -> r.json(Map.of("version", x.version("import_review", o.id()))));
        t.op("POST /api/v1/imports/reviews/{id}/undo").roles(EDITORS).on(Kind.REVIEW, REVIEW);

        // identity and reference data
        t.op("GET /api/v1/tokens").roles(ALL);
        t.op("POST /api/v1/tokens").roles(ALL).body((x, c, o, r) -> r.json(Map.of("name", x.world().marker + " token", "days", 30)));
        t.op("DELETE /api/v1/tokens/{id}").roles(ALL).on(Kind.TOKEN, OWN_TOKEN);
        // notifications: one's own inbox and choices; templates for administrators; a person's delivery log
        t.op("GET /api/v1/inbox").roles(ALL);
        t.op("GET /api/v1/inbox/unread-count").roles(ALL);
        t.op("POST /api/v1/inbox/{id}/read").roles(ALL).unprobed("one's own message; InboxTest has another person's answer 404");
        t.op("POST /api/v1/inbox/read-all").roles(ALL);
        t.op("GET /api/v1/notification-preferences").roles(ALL);
        t.op("PUT /api/v1/notification-preferences").roles(ALL).unprobed("one's own choices: nobody else's object");
        t.op("GET /api/v1/notification-templates").roles(ADMINS);
        t.op("GET /api/v1/notification-templates/{kind}").roles(ADMINS).unprobed("a kind is no one's object; InboxTest refuses non-administrators");
        t.op("PUT /api/v1/notification-templates/{kind}").roles(ADMINS).unprobed("a kind is no one's object; InboxTest refuses non-administrators");
        t.op("POST /api/v1/notification-templates/{kind}/preview").roles(ADMINS)
                .unprobed("a kind is no one's object; InboxTest refuses non-administrators");
        t.op("GET /api/v1/deliveries").roles(ALL).unprobed("a person, not a region-bound object: InboxTest has another region's officer answered 404");
        t.op("GET /api/v1/regions").open().body((x, c, o, r) -> r.param("parent", "14.72"));
        t.op("GET /api/v1/regions/{code}").open();

        // feedback: complaints and the satisfaction survey
        t.op("POST /api/v1/public/complaints").open().unprobed("a public complaint: nobody's object (ComplaintsTest)");
        t.op("POST /api/v1/public/complaints/track").open().unprobed("read by its tracking code, no account (ComplaintsTest)");
        t.op("GET /api/v1/public/complaint-units").open();
        t.op("GET /api/v1/complaints").roles(EDITORS);
        t.op("GET /api/v1/complaints/{id}").roles(EDITORS).unprobed("the unit's jurisdiction: ComplaintsTest asks another region's officer");
        t.op("PUT /api/v1/complaints/{id}/assignee").roles(EDITORS).unprobed("the unit's jurisdiction: ComplaintsTest");
        t.op("POST /api/v1/complaints/{id}/answer").roles(EDITORS).unprobed("the unit's jurisdiction: ComplaintsTest");
        t.op("GET /api/v1/surveys/invitations").roles(ALL);
        t.op("POST /api/v1/surveys/invitations/{id}/answers").roles(OWNERS).unprobed("one's own invitation: SurveysTest asks another owner");
        t.op("GET /api/v1/ikm").roles(EDITORS);

        // reporting (figures within the caller's jurisdiction; ReportingPagesTest asks another region's manager)
        t.op("GET /api/v1/reports/dashboard").roles(EDITORS);
        t.op("GET /api/v1/reports/evaluation").roles(EDITORS).body((x, c, o, r) -> r.param("year", String.valueOf(World.today().getYear())));
        t.op("GET /api/v1/reports/evaluation.pdf").roles(EDITORS).body((x, c, o, r) -> r.param("year", String.valueOf(World.today().getYear())));
        t.op("GET /api/v1/reports/evaluation.xlsx").roles(EDITORS).body((x, c, o, r) -> r.param("year", String.valueOf(World.today().getYear())));
        // reports built in the background (ADR 0025; ReportJobsTest asks another region's manager for a job and its file)
        t.op("POST /api/v1/reports/jobs").roles(EDITORS)
                .body((x, c, o, r) -> r.json(Map.of("kind", "YEAR", "format", "PDF", "year", World.today().getYear())));
        t.op("GET /api/v1/reports/jobs").roles(EDITORS);
        t.op("GET /api/v1/reports/jobs/{id}").roles(EDITORS).on(Kind.REPORT_JOB, REPORT_SCOPE);
        t.op("GET /api/v1/reports/jobs/{id}/file").roles(EDITORS).on(Kind.REPORT_JOB, REPORT_SCOPE);
        t.op("GET /api/v1/statistics").open();
        return t.rules;
    }

    // ---- the pages (every handler mapping outside /api) --------------------------------------------------------------

    static List<Rule> web() {
        var t = new AccessRules(true);

        // registry
        t.op("GET /usaha").roles(READERS);
        t.op("POST /usaha/cari").roles(READERS).body((x, c, o, r) -> r.param("q", "keripik"));
        t.op("GET /usaha/baru").roles(EDITORS_OWNER);
        t.op("POST /usaha").roles(EDITORS_OWNER).unprobed("the same Businesses.register as POST /api/v1/businesses");
        t.op("GET /usaha/{id}").roles(READERS).on(Kind.BUSINESS, BUSINESS);
        t.op("GET /usaha/{id}/ubah").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS);
        t.op("POST /usaha/{id}").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> businessForm(x, o, r));
        t.op("POST /usaha/{id}/verifikasi").roles(EDITORS).on(Kind.BUSINESS, BUSINESS).refusalsOnly();
        t.op("POST /usaha/{id}/nonaktif").roles(EDITORS).on(Kind.BUSINESS, BUSINESS).refusalsOnly();
        t.op("GET /usaha/{id}/gabung").roles(EDITORS).on(Kind.BUSINESS, BUSINESS);
        t.op("POST /usaha/{id}/gabung").roles(EDITORS).on(Kind.BUSINESS, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("with", o.id()).param("version", x.version("business", o.id()))
                        .param("absorbedVersion", x.version("business", o.id())));
        t.op("POST /penggabungan/{id}/batal").roles(EDITORS)
                .unprobed("the same BusinessMerges.undo as POST /api/v1/business-merges/{id}/undo");
        t.op("GET /usaha/{businessId}/program").roles(READERS).on(Kind.BUSINESS, BUSINESS);
        t.op("GET /usaha/{businessId}/pemeriksaan").roles(READERS).on(Kind.BUSINESS, BUSINESS);
        t.op("POST /usaha/{businessId}/pemeriksaan").roles(STAFF).on(Kind.BUSINESS, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("templateCode", "cppb-irt"));
        t.op("GET /usaha/{businessId}/tindakan").roles(READERS).on(Kind.BUSINESS, BUSINESS);
        t.op("GET /usaha/{businessId}/produk/baru").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS);
        t.op("POST /usaha/{businessId}/produk").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> productForm(x.world().marker + " Produk Halaman", r));
        t.op("GET /usaha-saya").roles(OWNERS);
        t.op("GET /produk/{id}").roles(READERS).on(Kind.PRODUCT, BUSINESS);
        t.op("GET /produk/{id}/ubah").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS);
        t.op("POST /produk/{id}").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> productForm(o.biz().productName() + " Diubah", r).param("version", x.version("product", o.id())));
        t.op("POST /produk/{id}/nonaktif").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS).refusalsOnly();
        t.op("POST /produk/{id}/foto").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.file("photo", World.png()));
        t.op("POST /produk/{id}/izin").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("type", "TRADEMARK").param("number", World.permitNumber()));
        t.op("POST /izin/{permitId}/hapus").roles(EDITORS_OWNER).on(Kind.PERMIT, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("productId", o.get("product")));
        t.op("GET /foto/{photoId}").roles(READERS).on(Kind.PRODUCT_PHOTO, BUSINESS);
        t.op("GET /daftar").open();
        t.op("POST /daftar").open().unprobed("self-registration of a new account: nobody's object");

        // certification
        t.op("GET /produk/{productId}/izin").roles(READERS).on(Kind.PRODUCT, BUSINESS);
        t.op("GET /izin-saya").roles(ALL);
        t.op("GET /izin/perpanjangan").roles(READERS);
        t.op("GET /verifikasi").open().body((x, c, o, r) -> r.param("nomor", "IDM000123456"));
        t.op("GET /cek-izin").open();
        t.op("GET /statistik").open();
        t.op("GET /laporan").roles(EDITORS);
        t.op("GET /laporan/program-pilihan").roles(EDITORS);
        t.op("GET /laporan/evaluasi.pdf").roles(EDITORS).body((x, c, o, r) -> r.param("year", String.valueOf(World.today().getYear())));
        t.op("GET /laporan/evaluasi.xlsx").roles(EDITORS).body((x, c, o, r) -> r.param("year", String.valueOf(World.today().getYear())));
        t.op("GET /laporan/unduhan").roles(EDITORS);
        t.op("POST /laporan/unduhan").roles(EDITORS).body((x, c, o, r) -> r.param("kind", "YEAR").param("format", "XLSX")
                .param("year", World.today().getYear()));
        t.op("GET /laporan/unduhan/{id}/status").roles(EDITORS).on(Kind.REPORT_JOB, REPORT_SCOPE);
        t.op("GET /laporan/unduhan/{id}/berkas").roles(EDITORS).on(Kind.REPORT_JOB, REPORT_SCOPE);
        t.op("GET /cek-izin/hasil").open().body((x, c, o, r) -> r.param("sector", "PROCESSED_FOOD").param("shelfLifeDays", "30"));
        t.op("POST /kasus").roles(READERS).on(Kind.PRODUCT, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("productId", o.id()).param("permit", "HALAL").param("route", "SELF_DECLARE"));
        t.op("GET /kasus").roles(ALL);
        t.op("GET /kasus/{id}").roles(READERS).on(Kind.CASE, BUSINESS);
        t.op("POST /kasus/{id}/langkah/{step}").roles(READERS).on(Kind.CASE, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("reference", "OSS-MATRIKS-2"));
        t.op("POST /kasus/{id}/dokumen").roles(READERS).on(Kind.CASE, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("documentType", "LABEL_DESIGN").file("file", World.png()));
        t.op("POST /usaha/{businessId}/kompetensi").roles(READERS).on(Kind.BUSINESS, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("personRole", "WORKER").param("personName", "Pekerja Halaman Matriks"));
        t.op("POST /kasus/{id}/jalur").roles(READERS).on(Kind.CASE, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("route", "REGULAR").param("version", x.version("certification_case", o.id())));
        t.op("GET /kasus/{id}/dokumen/{documentId}").roles(READERS).on(Kind.CASE, BUSINESS);
        t.op("POST /kasus/{id}/komentar").roles(READERS).on(Kind.CASE, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("body", "Komentar halaman matriks"));
        t.op("GET /kasus/{id}/paket/{system}.pdf").roles(READERS).on(Kind.CASE, BUSINESS);
        t.op("GET /kasus/{id}/paket/{system}.zip").roles(READERS).on(Kind.CASE, BUSINESS);

        // programs
        t.op("GET /program").roles(ALL);
        t.op("GET /program/baru").roles(EDITORS);
        t.op("GET /program/{id}").roles(ALL).on(Kind.PROGRAM, SEES_PROGRAM);
        t.op("GET /program/{id}/peserta").roles(ALL).on(Kind.PROGRAM, SEES_PROGRAM);
        t.op("GET /program/{id}/peserta/ekspor").roles(ALL).on(Kind.PROGRAM, SEES_PROGRAM);
        t.op("POST /program/{id}/peserta/ekspor").roles(ALL).on(Kind.PROGRAM, SEES_PROGRAM).refusalsOnly();
        t.op("POST /program/{id}/peserta/aksi").roles(EDITORS).on(Kind.PROGRAM, MANAGES_PROGRAM).refusalsOnly()
                .body((x, c, o, r) -> r.param("action", "VISIT").param("allMatching", "true").param("visitOn", World.today().plusDays(7).toString()));
        t.op("GET /program/{id}/peserta/aksi/{job}").roles(EDITORS)
                .unprobed("the world holds no bulk job: ParticipantBulkTest asks with another region's manager");
        t.op("GET /program/{id}/peserta/aksi/{job}/status").roles(EDITORS)
                .unprobed("the world holds no bulk job: ParticipantBulkTest asks with another region's manager");
        t.op("POST /program/{id}/peserta/aksi/{job}/jalankan").roles(EDITORS)
                .unprobed("the world holds no bulk job: ParticipantBulkTest has another region's manager refused on apply");
        t.op("GET /program/{id}/ubah").roles(EDITORS).on(Kind.PROGRAM, MANAGES_PROGRAM);
        // with an id the form changes that program; without one it creates (the API's POST /api/v1/programs)
        t.op("POST /program").roles(EDITORS).on(Kind.PROGRAM, MANAGES_PROGRAM).refusalsOnly()
                .body((x, c, o, r) -> programForm(x, o, r));
        t.op("POST /program/{id}/peserta").roles(EDITORS).on(Kind.PROGRAM, MANAGES_PROGRAM).refusalsOnly()
                .body((x, c, o, r) -> r.param("business", o.program().homeBusiness()));
        t.op("POST /program/{id}/daftar").roles(OWNERS).on(Kind.PROGRAM, SEES_PROGRAM).refusalsOnly()
                .body((x, c, o, r) -> r.param("business", x.world().biz("pemilik").id()));
        t.op("POST /program/{id}/penghargaan").roles(EDITORS).on(Kind.PROGRAM, MANAGES_PROGRAM).refusalsOnly()
                .body((x, c, o, r) -> r.param("business", o.program().homeBusiness()).param("title", "Juara Matriks"));
        t.op("GET /peserta/{id}").roles(READERS_PARTNER).on(Kind.ENROLLMENT, ENROLLMENT_PAGE);
        t.op("POST /peserta/{id}/serah-terima").roles(STAFF)
                .unprobed("a multipart form with a photo: ParticipantJourneyTest has another region's manager refused, nothing saved");
        t.op("GET /serah-terima/{id}/foto").roles(READERS).unprobed("the world records no hand-over: ParticipantJourneyTest");
        t.op("POST /peserta/{id}/pendamping").roles(EDITORS).on(Kind.ENROLLMENT, MANAGES_PROGRAM).refusalsOnly()
                .body((x, c, o, r) -> r.param("facilitator", x.world().facilitatorId).param("reason", "matriks"));
        t.op("POST /peserta/{id}/tahap").roles(STAFF).on(Kind.ENROLLMENT, WORKS_ON_ENROLLMENT).refusalsOnly();
        t.op("POST /peserta/{id}/keputusan").roles(EDITORS).on(Kind.ENROLLMENT, MANAGES_PROGRAM).refusalsOnly()
                .body((x, c, o, r) -> r.param("accept", "false").param("reason", "matriks"));
        t.op("POST /peserta/{id}/hasil").roles(EDITORS).on(Kind.ENROLLMENT, MANAGES_PROGRAM).refusalsOnly()
                .body((x, c, o, r) -> r.param("outcome", "WITHDRAWN").param("reason", "matriks"));
        t.op("GET /peserta/{id}/kunjungan/baru").roles(STAFF).on(Kind.ENROLLMENT, WORKS_ON_ENROLLMENT);
        t.op("POST /peserta/{id}/kunjungan").roles(STAFF).on(Kind.ENROLLMENT, WORKS_ON_ENROLLMENT).refusalsOnly()
                .body((x, c, o, r) -> r.param("token", UUID.randomUUID()).param("visitedOn", World.today()).param("mode", "ONSITE")
                        .param("notes", "Kunjungan halaman matriks"));
        t.op("POST /tindak-lanjut/{followUpId}/selesai").roles(STAFF).on(Kind.FOLLOW_UP, WORKS_ON_ENROLLMENT).refusalsOnly()
                .body((x, c, o, r) -> r.param("enrollment", o.get("enrollment")));
        t.op("GET /foto-kunjungan/{photoId}").roles(READERS_PARTNER).on(Kind.VISIT_PHOTO, BUSINESS_OR_PARTNER);
        t.op("GET /pendamping/profil").roles(FACILITATORS);
        t.op("POST /pendamping/profil").roles(FACILITATORS).unprobed("one's own profile: nobody else's object");

        // training
        t.op("GET /pelatihan").roles(ALL);
        t.op("GET /pelatihan/baru").roles(EDITORS);
        t.op("GET /pelatihan/{id}").roles(ALL).on(Kind.EVENT, SEES_EVENT);
        t.op("GET /pelatihan/{id}/ubah").roles(EDITORS).on(Kind.EVENT, ORGANISES);
        t.op("POST /pelatihan").roles(EDITORS).on(Kind.EVENT, ORGANISES).refusalsOnly().body((x, c, o, r) -> eventForm(x, o, r));
        t.op("POST /pelatihan/{id}/batal").roles(EDITORS).on(Kind.EVENT, ORGANISES).refusalsOnly()
                .body((x, c, o, r) -> r.param("version", x.version("training_event", o.id())).param("reason", "Batal matriks"));
        t.op("POST /pelatihan/{id}/daftar").roles(EDITORS_OWNER).on(Kind.EVENT, SEES_EVENT).refusalsOnly()
                .body((x, c, o, r) -> r.param("business", c.is(OWNER) ? x.world().biz("pemilik").id() : o.event().homeBusiness())
                        .param("participantName", "Peserta Halaman Matriks"));
        t.op("POST /pelatihan/{id}/peserta").roles(EDITORS).on(Kind.EVENT, SEES_EVENT).refusalsOnly()
                .body((x, c, o, r) -> r.param("business", o.event().homeBusiness()));
        t.op("POST /pelatihan/pendaftaran/{rid}/batal").roles(EDITORS_OWNER).on(Kind.REGISTRATION, OWN_OR_ORGANISES).refusalsOnly();
        t.op("GET /pelatihan/pendaftaran/{rid}").roles(READERS).on(Kind.REGISTRATION, SEES_REGISTRATION);
        t.op("GET /pelatihan/pendaftaran/{rid}/qr.png").roles(EDITORS_OWNER).on(Kind.REGISTRATION, OWN_OR_ORGANISES);
        t.op("GET /pelatihan/pendaftaran/{rid}/tes/{kind}").roles(OWNERS).on(Kind.REGISTRATION, OWN_REGISTRATION);
        t.op("POST /pelatihan/pendaftaran/{rid}/tes/{kind}").roles(OWNERS).on(Kind.REGISTRATION, OWN_REGISTRATION).refusalsOnly()
                .body((x, c, o, r) -> r.param("q0", "0"));
        t.op("POST /pelatihan/pendaftaran/{rid}/nilai").roles(EDITORS).on(Kind.REGISTRATION, (w, c, o) -> World.organises(c, o.event()))
                .refusalsOnly().body((x, c, o, r) -> r.param("kind", "PRE").param("score", "70"));
        t.op("GET /pelatihan/pendaftaran/{rid}/sertifikat.pdf").roles(EDITORS_OWNER).on(Kind.REGISTRATION, OWN_OR_ORGANISES)
                .refusalsOnly(); // nobody has completed these events: there is no certificate to show
        t.op("GET /pelatihan/{id}/tes/{kind}").roles(EDITORS_OWNER).on(Kind.EVENT, EVENT_TEST);
        t.op("POST /pelatihan/{id}/tes/{kind}").roles(EDITORS).on(Kind.EVENT, ORGANISES).refusalsOnly()
                .body((x, c, o, r) -> r.param("text", "Pertanyaan halaman matriks?\n* Ya\n- Tidak\n"));
        t.op("GET /pelatihan/{id}/absen/{sessionId}").roles(EDITORS).on(Kind.EVENT, ORGANISES);
        t.op("POST /pelatihan/{id}/absen/{sessionId}").roles(EDITORS).on(Kind.EVENT, ORGANISES).refusalsOnly()
                .body((x, c, o, r) -> r.param("code", x.shortCode(o.event().homeRegistration())));
        t.op("POST /pelatihan/{id}/daring/{sessionId}").roles(EDITORS).on(Kind.EVENT, ORGANISES).refusalsOnly()
                .body((x, c, o, r) -> r.param("present", o.event().homeRegistration()));
        t.op("POST /pelatihan/{id}/hadir-susulan").roles(EDITORS).on(Kind.EVENT, ORGANISES).refusalsOnly()
                .body((x, c, o, r) -> r.param("registration", o.event().homeRegistration()).param("session", o.event().sessionId())
                        .param("reason", "Daftar hadir kertas"));
        t.op("POST /pelatihan/{id}/sertifikat").roles(EDITORS).on(Kind.EVENT, ORGANISES).refusalsOnly();
        t.op("GET /pelatihan/{id}/peserta.xlsx").roles(STAFF).on(Kind.EVENT, SEES_EVENT);
        t.op("GET /sertifikat").open();
        t.op("GET /sertifikat/{code}").open();

        // inspections and corrective actions
        t.op("GET /pemeriksaan/{id}").roles(READERS).on(Kind.INSPECTION, INSPECTION);
        t.op("POST /pemeriksaan/{id}/jawaban").roles(STAFF).on(Kind.INSPECTION, INSPECTION).refusalsOnly()
                .body((x, c, o, r) -> r.param("item", x.world().firstItem).param("answer", "NOT_MET").param("note", "matriks"));
        t.op("POST /pemeriksaan/{id}/foto").roles(STAFF).on(Kind.INSPECTION, INSPECTION).refusalsOnly()
                .body((x, c, o, r) -> r.param("item", x.world().firstItem).file("photo", World.png()));
        t.op("GET /pemeriksaan/foto/{photoId}").roles(READERS).on(Kind.INSPECTION_PHOTO, INSPECTION);
        t.op("POST /pemeriksaan/{id}/data").roles(STAFF).on(Kind.INSPECTION, INSPECTION).refusalsOnly()
                .body((x, c, o, r) -> r.param("version", x.version("inspection", o.id())).param("inspectedOn", World.today().minusDays(2)));
        t.op("POST /pemeriksaan/{id}/selesai").roles(STAFF).on(Kind.INSPECTION, INSPECTION).refusalsOnly();
        t.op("GET /pemeriksaan/{id}/laporan.pdf").roles(READERS).on(Kind.FINISHED_INSPECTION, INSPECTION);
        t.op("POST /pemeriksaan/{id}/koreksi").roles(STAFF).on(Kind.INSPECTION, INSPECTION).refusalsOnly()
                .body((x, c, o, r) -> r.param("reason", "Koreksi halaman matriks"));
        t.op("GET /tindakan").roles(ALL);
        t.op("POST /tindakan/{id}/bukti").roles(READERS).on(Kind.ACTION, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.file("file", World.png()).param("note", "bukti halaman"));
        t.op("POST /tindakan/{id}/verifikasi").roles(STAFF).on(Kind.ACTION, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("accepted", "false").param("note", "belum"));
        t.op("GET /tindakan/{id}/bukti").roles(READERS).on(Kind.ACTION_WITH_EVIDENCE, BUSINESS);

        // imports
        t.op("GET /impor").roles(EDITORS);
        t.op("POST /impor").roles(EDITORS).unprobed("the same ImportJobs.upload as POST /api/v1/imports");
        t.op("GET /impor/{id}").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("GET /impor/{id}/kolom").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("POST /impor/{id}/kolom").roles(EDITORS).on(Kind.IMPORT, IMPORT).refusalsOnly()
                .body((x, c, o, r) -> r.param("BUSINESS_NAME", "0").param("templateName", x.world().marker + " templat halaman"));
        t.op("GET /impor/{id}/status").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("POST /impor/{id}/batal").roles(EDITORS).on(Kind.IMPORT, IMPORT).refusalsOnly();
        t.op("POST /impor/{id}/lanjut").roles(EDITORS).on(Kind.IMPORT, IMPORT).refusalsOnly();
        t.op("GET /impor/{id}/ditolak").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("GET /impor/{id}/ditolak.xlsx").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("GET /impor/{id}/hasil.xlsx").roles(EDITORS).on(Kind.IMPORT, IMPORT);
        t.op("GET /impor/asal/{businessId}").roles(EDITORS).on(Kind.BUSINESS, BUSINESS);
        t.op("GET /impor/tinjau").roles(EDITORS);
        t.op("GET /impor/tinjau/{id}").roles(EDITORS).on(Kind.REVIEW, REVIEW);
        t.op("POST /impor/tinjau/{id}/gabung").roles(EDITORS).on(Kind.REVIEW, REVIEW).refusalsOnly()
                .body((x, c, o, r) -> r.param("version", x.version("import_review", o.id())).param("NAME", "INCOMING"));
        t.op("POST /impor/tinjau/{id}/baru").roles(EDITORS).on(Kind.REVIEW, REVIEW).refusalsOnly()
                .body((x, c, o, r) -> r.param("version", x.version("import_review", o.id())));
        t.op("POST /impor/tinjau/{id}/urungkan").roles(EDITORS).on(Kind.REVIEW, REVIEW).refusalsOnly();
        t.op("GET /usaha/ekspor.xlsx").roles(STAFF);

        // people, home pages, administration
        t.op("GET /").roles(ALL);
        t.op("GET /login").open();
        t.op("GET /akun").roles(ALL);
        t.op("GET /akun/password").roles(ALL);
        t.op("POST /akun/password").roles(ALL).unprobed("one's own password: nobody else's object");
        t.op("GET /akun/token").roles(ALL);
        t.op("POST /akun/token").roles(ALL).unprobed("a token of one's own account: nobody else's object");
        t.op("POST /akun/token/{id}/cabut").roles(ALL).on(Kind.TOKEN, OWN_TOKEN).refusalsOnly();
        t.op("GET /kotak-masuk").roles(ALL);
        t.op("POST /kotak-masuk/{id}/baca").roles(ALL).unprobed("one's own message; InboxTest has another person's answer 404");
        t.op("POST /kotak-masuk/baca-semua").roles(ALL);
        t.op("GET /akun/notifikasi").roles(ALL);
        t.op("POST /akun/notifikasi").roles(ALL).unprobed("one's own choices: nobody else's object");
        t.op("GET /pesan-terkirim").roles(EDITORS);
        t.op("GET /admin/templat-pesan").roles(ADMINS);
        t.op("GET /admin/templat-pesan/{kind}").roles(ADMINS).unprobed("a kind is no one's object; InboxTest refuses non-administrators");
        t.op("POST /admin/templat-pesan/{kind}").roles(ADMINS).unprobed("a kind is no one's object; InboxTest refuses non-administrators");
        t.op("GET /petugas").roles(EDITORS);
        t.op("GET /pendamping").roles(FACILITATORS);
        t.op("GET /mitra").roles(EnumSet.of(Role.PARTNER));
        // market (issue 19): the public catalogue, and owners' listings of their products
        t.op("GET /katalog").open().body((x, c, o, r) -> r.param("q", "keripik").param("badge", "HALAL"));
        t.op("GET /katalog/produk/{id}").open()
                .unprobed("only published products answer, and the world publishes none: CataloguePrivacyTest and CatalogueTest");
        t.op("GET /katalog/produk/{id}/kartu").open().unprobed("the product page's QR card: published products only, as GET /katalog/produk/{id}");
        t.op("GET /katalog/produk/{id}/qr.svg").open().unprobed("the product page's QR code: published products only, as GET /katalog/produk/{id}");
        t.op("GET /katalog/usaha/{id}").open().unprobed("businesses with a published product only: CataloguePrivacyTest");
        t.op("GET /katalog/foto/{id}.jpg").open().unprobed("photos of published products only: CataloguePrivacyTest");
        t.op("GET /etalase").roles(OWNERS);
        t.op("GET /etalase/produk/{id}").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS);
        t.op("POST /etalase/produk/{id}").roles(EDITORS_OWNER).on(Kind.PRODUCT, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("version", "0").param("published", "false").param("priceMin", "10000"));
        t.op("GET /etalase/usaha/{id}").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS);
        t.op("POST /etalase/usaha/{id}").roles(EDITORS_OWNER).on(Kind.BUSINESS, BUSINESS).refusalsOnly()
                .body((x, c, o, r) -> r.param("version", "0").param("story", x.world().marker + " cerita"));
        // agency curation (issue 19 part 4, ADR 0022): public collection and event pages, the curators' pages under /kurasi
        t.op("GET /katalog/koleksi/{slug}").open().unprobed("published collections only, drafts 404: CurationTest, CataloguePrivacyTest");
        t.op("GET /katalog/acara").open();
        t.op("GET /katalog/acara/{id}").open().unprobed("events not in draft only: CurationTest, CataloguePrivacyTest");
        t.op("GET /kurasi").roles(EDITORS);
        t.op("POST /kurasi/pilihan").roles(EDITORS).unprobed("the caller's agency's jurisdiction only: CurationTest");
        t.op("POST /kurasi/pilihan/{id}/hapus").roles(EDITORS).unprobed("the caller's agency's rows only, others 404: CurationTest");
        t.op("GET /kurasi/koleksi/baru").roles(EDITORS);
        t.op("POST /kurasi/koleksi").roles(EDITORS).unprobed("creates for the caller's agency: CurationBrowserTest");
        t.op("GET /kurasi/koleksi/{id}").roles(EDITORS).unprobed("the caller's agency's collections only, others 404: CurationTest");
        t.op("POST /kurasi/koleksi/{id}").roles(EDITORS).unprobed("the caller's agency's collections only, others 404: CurationTest");
        t.op("POST /kurasi/koleksi/{id}/produk").roles(EDITORS).unprobed("the caller's agency's collections only, others 404: CurationTest");
        t.op("POST /kurasi/koleksi/{id}/produk/{productId}/hapus").roles(EDITORS).unprobed("as POST /kurasi/koleksi/{id}/produk");
        t.op("POST /kurasi/koleksi/{id}/produk/{productId}/naik").roles(EDITORS).unprobed("as POST /kurasi/koleksi/{id}/produk");
        t.op("POST /kurasi/koleksi/{id}/hapus").roles(EDITORS).unprobed("the caller's agency's collections only, others 404: CurationTest");
        t.op("GET /kurasi/acara/baru").roles(EDITORS);
        t.op("POST /kurasi/acara").roles(EDITORS).unprobed("creates for the caller's agency in its jurisdiction: CurationBrowserTest");
        t.op("GET /kurasi/acara/{id}").roles(EDITORS).unprobed("the caller's agency's events only, others 404: CurationTest");
        t.op("POST /kurasi/acara/{id}").roles(EDITORS).unprobed("the caller's agency's events only, others 404: CurationTest");
        t.op("POST /kurasi/acara/{id}/peserta").roles(EDITORS).unprobed("the caller's agency's events, its businesses only: CurationTest");
        t.op("POST /kurasi/acara/{id}/peserta/{businessId}/hapus").roles(EDITORS).unprobed("as POST /kurasi/acara/{id}/peserta");
        t.op("POST /kurasi/acara/{id}/permintaan/{requestId}/terima").roles(EDITORS)
                .unprobed("the same JoinRequests.accept as PUT /api/v1/curation/event-requests/{id}/decision: EventJoinTest");
        t.op("POST /kurasi/acara/{id}/permintaan/{requestId}/tolak").roles(EDITORS)
                .unprobed("the same JoinRequests.decline as PUT /api/v1/curation/event-requests/{id}/decision: EventJoinTest");
        t.op("GET /etalase/acara").roles(OWNERS);
        t.op("POST /etalase/acara/{eventId}/minta").roles(OWNERS).unprobed("one's own verified business only, others 404: EventJoinTest");
        t.op("GET /mitra/peserta").roles(PARTNERS);
        t.op("GET /mitra/kontribusi").roles(PARTNERS);
        t.op("GET /program/{id}/mitra/{agency}").roles(ALL).unprobed("the same PartnerMous.get as its API");
        t.op("POST /program/{id}/mitra/{agency}").roles(EDITORS).unprobed("the same PartnerMous.saveScope as its API");
        t.op("POST /program/{id}/mitra/{agency}/dokumen").roles(EDITORS).unprobed("the same PartnerMous.attachDocument as its API");
        t.op("GET /program/{id}/mitra/{agency}/dokumen").roles(ALL).unprobed("the same PartnerMous.document as its API");
        t.op("GET /undangan").roles(INVITERS);
        t.op("POST /undangan").roles(INVITERS).unprobed("the same Invitations.invite as POST /api/v1/invitations");
        t.op("POST /undangan/{id}/kirim-ulang").roles(INVITERS).unprobed("the same Invitations.resend as its API");
        t.op("POST /undangan/{id}/cabut").roles(INVITERS).unprobed("the same Invitations.revoke as its API");
        t.op("GET /undangan/terima/{token}").open().unprobed("a one-time link: InvitationsTest uses, spends and expires it");
        t.op("POST /undangan/terima/{token}").open().unprobed("a one-time link: InvitationsTest uses, spends and expires it");
        // market (issue 19 part 5): buyers' inquiries and weekly orders, owners' answers and deliveries
        var buyers = EnumSet.of(Role.BUYER);
        t.op("GET /pembeli").roles(buyers);
        t.op("POST /pembeli/favorit/{businessId}").roles(buyers).unprobed("one's own favourites, businesses with a published product only: TradeTest");
        t.op("GET /pembeli/produk/{id}/permintaan").roles(buyers).unprobed("published products only, as GET /katalog/produk/{id}");
        t.op("POST /pembeli/produk/{id}/permintaan").roles(buyers).unprobed("verified buyers, published products only: TradeTest");
        t.op("GET /pembeli/permintaan/{id}").roles(buyers).unprobed("the buyer's own inquiries only, others 404: TradeTest");
        t.op("POST /pembeli/permintaan/{id}/pesanan").roles(buyers).unprobed("the buyer's own accepted inquiries only: TradeTest");
        t.op("POST /pembeli/pengiriman/{id}/diterima").roles(buyers).unprobed("deliveries of the buyer's own orders only, others 404: TradeTest");
        t.op("GET /pembeli/profil").roles(buyers);
        t.op("POST /pembeli/profil").roles(buyers).unprobed("one's own buyer profile: nobody else's object");
        t.op("GET /petugas/pembeli").roles(EDITORS);
        t.op("POST /petugas/pembeli/{id}/verifikasi").roles(EDITORS).unprobed("buyers of the officer's regions only, others 404: TradeTest");
        t.op("GET /etalase/permintaan").roles(OWNERS);
        t.op("GET /etalase/permintaan/{id}").roles(OWNERS).unprobed("inquiries to the owner's businesses only, others 404: TradeTest");
        t.op("POST /etalase/permintaan/{id}").roles(OWNERS).unprobed("inquiries to the owner's businesses only, others 404: TradeTest");
        t.op("POST /etalase/pengiriman/{id}/dikirim").roles(OWNERS).unprobed("deliveries of the owner's businesses only, others 404: TradeTest");
        t.op("POST /etalase/pengiriman/{id}/tidak-terkirim").roles(OWNERS).unprobed("deliveries of the owner's businesses only, others 404: OrderChangeTest");
        t.op("GET /etalase/pesanan/{id}").roles(OWNERS).unprobed("orders to the owner's businesses only, others 404: OrderChangeTest");
        t.op("POST /etalase/pesanan/{id}/perubahan").roles(OWNERS).unprobed("orders to the owner's businesses only, others 404: OrderChangeTest");
        t.op("POST /etalase/pesanan/{id}/batal").roles(OWNERS).unprobed("orders to the owner's businesses only, others 404: OrderChangeTest");
        t.op("GET /pembeli/pesanan/{id}").roles(buyers).unprobed("the buyer's own orders only, others 404: OrderChangeTest");
        t.op("POST /pembeli/pesanan/{id}/perubahan").roles(buyers).unprobed("the buyer's own orders only, others 404: OrderChangeTest");
        t.op("POST /pembeli/pesanan/{id}/batal").roles(buyers).unprobed("the buyer's own orders only, others 404: OrderChangeTest");
        t.op("POST /petugas/pembeli/{id}/tolak").roles(EDITORS).unprobed("buyers of the officer's regions only, others 404: BuyerRegistrationTest");
        t.op("GET /pembeli/daftar").open();
        t.op("POST /pembeli/daftar").open().unprobed("self-registration of a buyer account: nobody's object (BuyerRegistrationTest)");
        t.op("GET /ui/regions/picker").open().body((x, c, o, r) -> r.param("field", "regionCode").param("province", "14"));
        t.op("GET /admin").roles(ADMINS);
        t.op("GET /admin/agencies").roles(ADMINS);
        t.op("GET /admin/agencies/new").roles(ADMINS);
        t.op("GET /admin/agencies/{id}").roles(ADMINS).on(Kind.ACCOUNT, (w, c, o) -> true);
        t.op("POST /admin/agencies").roles(ADMINS).refusalsOnly().body((x, c, o, r) -> r.param("name", x.world().marker + " Instansi")
                .param("kind", "BPOM").param("regions[0].code", "14.72").param("active", "true"));
        t.op("GET /admin/users").roles(ADMINS);
        t.op("GET /admin/users/new").roles(ADMINS);
        t.op("GET /admin/users/{id}").roles(ADMINS).on(Kind.ACCOUNT, (w, c, o) -> true);
        t.op("POST /admin/users").roles(ADMINS).refusalsOnly().body((x, c, o, r) -> r.param("username", "matriks.baru")
                .param("fullName", x.world().marker + " Pengguna").param("password", "Sandi-Matriks-2026").param("roles", "ADMIN"));
        t.op("POST /admin/users/{id}/password").roles(ADMINS).on(Kind.ACCOUNT, (w, c, o) -> true).refusalsOnly()
                .body((x, c, o, r) -> r.param("password", "Sandi-Baru-Matriks-77"));
        t.op("GET /admin/tokens").roles(ADMINS);
        t.op("POST /admin/tokens/{id}/revoke").roles(ADMINS).on(Kind.TOKEN, (w, c, o) -> true).refusalsOnly();
        t.op("GET /admin/audit").roles(ADMINS);
        t.op("GET /admin/penilaian").roles(ADMINS);
        t.op("GET /admin/penilaian/{kind}/{code}/{version}").roles(ADMINS).on(Kind.ACCOUNT, (w, c, o) -> true);
        t.op("POST /admin/penilaian").roles(ADMINS).refusalsOnly()
                .body((x, c, o, r) -> r.param("kind", "CHECKLIST").param("yaml", "code: matriks\nversion: 1\n"));

        // feedback: complaints and the satisfaction survey
        t.op("GET /pengaduan").open();
        t.op("POST /pengaduan").open().unprobed("a public complaint: nobody's object (ComplaintsTest)");
        t.op("GET /pengaduan/terkirim").open();
        t.op("GET /pengaduan/lacak").open();
        t.op("POST /pengaduan/lacak").open().unprobed("read by its tracking code, no account (ComplaintBrowserTest)");
        t.op("GET /pengaduan/masuk").roles(EDITORS);
        t.op("GET /pengaduan/masuk/{id}").roles(EDITORS).unprobed("the unit's jurisdiction: ComplaintsTest asks another region's officer");
        t.op("POST /pengaduan/masuk/{id}/tugaskan").roles(EDITORS).unprobed("the unit's jurisdiction: ComplaintsTest");
        t.op("POST /pengaduan/masuk/{id}/jawab").roles(EDITORS).unprobed("the unit's jurisdiction: ComplaintsTest");
        t.op("GET /survei/undangan").roles(ALL);
        t.op("GET /survei/{id}").roles(OWNERS).unprobed("one's own invitation: SurveysTest asks another owner");
        t.op("POST /survei/{id}").roles(OWNERS).unprobed("one's own invitation: SurveysTest");
        t.op("GET /ikm").roles(EDITORS);
        return t.rules;
    }

    // ---- bodies ------------------------------------------------------------------------------------------------------

    static BusinessData changed(BusinessData d) {
        return new BusinessData(d.name(), d.legalForm(), d.nib(), d.npwp(), d.kbliCodes(), d.sector(), "Jl. Diubah Matriks No. 9",
                d.regionCode(), d.latitude(), d.longitude(), d.workers(), d.foundedYear(), d.capital(), d.annualSales(), d.premises(),
                d.equipment(), d.productionSites(), d.outlets(), d.owner());
    }

    static ProgramData changed(ProgramData d) {
        return new ProgramData(d.name(), "Diubah oleh matriks", d.regionCodes(), d.startsOn(), d.capacity(), d.targetPermits(),
                d.facilitation(), d.caseloadCap(), d.eligibleSectors(), d.eligibleScales(), d.stages(), d.partners());
    }

    static EventData changed(EventData d) {
        return new EventData(d.type(), d.topic(), "Diubah oleh matriks", d.programId(), d.partnerAgencyIds(), d.trainers(), d.mode(),
                d.regionCode(), d.venue(), d.meetingLink(), d.capacity(), d.registrationDeadline(), d.sessions(), d.targetRegionCodes(),
                d.targetSectors(), d.minSessions(), d.passMark());
    }

    static ProgramData newProgram(World w, String region) {
        return new ProgramData(w.marker + " Program Baru " + region + " " + UUID.randomUUID().toString().substring(0, 6), null,
                List.of(region), World.today(), 10, Set.of(PermitType.PIRT), Facilitation.ONE_TO_ONE, null, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pelatihan", 30, null)), List.of());
    }

    static EventData newEvent(World w, String region) {
        var first = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(20).withHour(9).withMinute(0).withSecond(0).withNano(0);
        return new EventData(EventType.BIMTEK, w.marker + " Bimtek Baru " + region, null, null, List.of(), List.of("dr. Matriks"),
                EventMode.ON_SITE, region, "Aula Baru", null, 10, first.minusDays(2), List.of(new EventData.Session(first, first.plusHours(2))),
                List.of(region), Set.of(), null, null);
    }

    private static void businessForm(Matrix.Ctx x, World.Thing o, Rule.Request r) {
        var d = changed(o.biz().data());
        r.param("version", x.version("business", o.id())).param("name", d.name()).param("legalForm", d.legalForm())
                .param("sector", d.sector()).param("address", d.address()).param("regionCode", d.regionCode())
                .param("workers", d.workers()).param("foundedYear", d.foundedYear()).param("annualSales", "90000000")
                .param("premises", d.premises()).param("equipment", d.equipment()).param("productionSites", 1).param("outlets", 1)
                .param("owner.fullName", d.owner().fullName()).param("owner.gender", "P");
    }

    private static Rule.Request productForm(String name, Rule.Request r) {
        var p = World.product(name);
        return r.param("name", p.name()).param("brand", p.brand()).param("foodCategoryCode", p.foodCategoryCode())
                .param("irtFoodTypeCode", p.irtFoodTypeCode()).param("packaging", p.packaging()).param("netContent", p.netContent())
                .param("shelfLifeDays", p.shelfLifeDays()).param("storage", p.storage()).param("ingredients", p.ingredients());
    }

    private static void programForm(Matrix.Ctx x, World.Thing o, Rule.Request r) {
        var d = o.program().data();
        r.param("id", o.id()).param("version", x.version("program", o.id())).param("name", d.name())
                .param("description", "Diubah dari halaman matriks").param("startsOn", d.startsOn()).param("capacity", d.capacity())
                .param("facilitation", d.facilitation()).param("caseloadCap", d.caseloadCap())
                .param("stages[0].name", "Pendampingan").param("stages[0].durationDays", 90).param("stages[0].visitIntervalDays", 30);
        for (int i = 0; i < d.regionCodes().size(); i++) {
            r.param("regions[" + i + "].code", d.regionCodes().get(i));
        }
    }

    private static void eventForm(Matrix.Ctx x, World.Thing o, Rule.Request r) {
        var d = o.event().data();
        var session = d.sessions().get(0);
        r.param("id", o.id()).param("version", x.version("training_event", o.id())).param("type", d.type())
                .param("topic", d.topic()).param("description", "Diubah dari halaman matriks").param("mode", d.mode())
                .param("region.code", d.regionCode()).param("venue", d.venue()).param("capacity", d.capacity())
                .param("trainers", "dr. Matriks").param("sessions[0].date", session.startsAt().toLocalDate())
                .param("sessions[0].startsAt", session.startsAt().toLocalTime()).param("sessions[0].endsAt", session.endsAt().toLocalTime())
                .param("registrationDeadline", d.registrationDeadline().toLocalDateTime());
        for (int i = 0; i < d.targetRegionCodes().size(); i++) {
            r.param("targetRegions[" + i + "].code", d.targetRegionCodes().get(i));
        }
    }
}
