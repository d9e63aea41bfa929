package id.naikkelas.security;

import id.naikkelas.AsUser;
import id.naikkelas.assessment.Answer;
import id.naikkelas.assessment.AssessmentDefinitions;
import id.naikkelas.assessment.ChecklistItem;
import id.naikkelas.assessment.CorrectiveActions;
import id.naikkelas.assessment.Inspections;
import id.naikkelas.certification.Cases;
import id.naikkelas.identity.Accounts;
import id.naikkelas.identity.Role;
import id.naikkelas.programs.Enrollments;
import id.naikkelas.programs.Facilitation;
import id.naikkelas.programs.ProgramData;
import id.naikkelas.programs.Programs;
import id.naikkelas.programs.VisitData;
import id.naikkelas.programs.Visits;
import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Equipment;
import id.naikkelas.registry.LegalForm;
import id.naikkelas.registry.PermitData;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.PirtParts;
import id.naikkelas.registry.Premises;
import id.naikkelas.registry.ProductData;
import id.naikkelas.registry.Products;
import id.naikkelas.registry.Sector;
import id.naikkelas.registry.Storage;
import id.naikkelas.training.EventData;
import id.naikkelas.training.EventMode;
import id.naikkelas.training.EventType;
import id.naikkelas.training.QuestionSet;
import id.naikkelas.training.Quizzes;
import id.naikkelas.training.Registrations;
import id.naikkelas.training.TrainingEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The objects the access matrix asks for, made once through the services as the people who would make them:
 * six businesses (the demo owner's own in Dumai, another owner's in Dumai, one each in Bengkalis and Bandar Lampung,
 * and two in Palangka Raya, one assigned to the demo facilitator and one not), each with a product, a held permit,
 * a certification case with a document, a finished inspection (with corrective actions) and a draft one with a
 * photo, an enrolment in a program of its region with a visit, a follow-up and a photo, and a registration for a
 * training event of its region; import jobs with a review item per agency; API tokens of two people.
 * Every name carries {@link #marker}, so an answer that shows another's record is found by its name.
 */
final class World {

    enum Kind {
        /** A region to create something in (no object yet): the village for a business, the regency for the rest. */
        REGION, BUSINESS, PRODUCT, PRODUCT_PHOTO, PERMIT, CASE, INSPECTION, FINISHED_INSPECTION, INSPECTION_PHOTO, ACTION,
        ACTION_WITH_EVIDENCE, PROGRAM, ENROLLMENT, FOLLOW_UP, VISIT_PHOTO, EVENT, REGISTRATION, IMPORT, REVIEW, TOKEN,
        /** A yearly evaluation of one region asked for by its staff, built in the background meanwhile (ADR 0025). */
        REPORT_JOB,
        /** Administrator screens: an account, an agency, a checklist version. */
        ACCOUNT
    }

    record Biz(String key, long id, String region, String village, String name, String productName, String ownerName,
               Caller owner, Caller facilitator, BusinessData data) {
    }

    record Prog(String key, long id, String region, String agency, ProgramData data, boolean partnered, Caller facilitator,
                long homeBusiness, List<Long> enrolled) {
    }

    record Ev(String key, long id, String region, String agency, EventData data, boolean partnered, long sessionId,
              long homeBusiness, long homeRegistration, List<Long> registered) {
    }

    record Job(String key, long id, String agency, Caller creator) {
    }

    /** One object the matrix asks for, with what decides who may reach it. */
    record Thing(Kind kind, String label, long id, Biz biz, Prog program, Ev event, Job job, Caller owner, String region,
                 Map<String, Object> extra) {

        Object get(String key) {
            return extra.get(key);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    final String marker = "Matriks" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36);
    final Map<Kind, List<Thing>> things = new EnumMap<>(Kind.class);
    final List<Biz> businesses = new ArrayList<>();
    final List<Prog> programs = new ArrayList<>();
    final List<Ev> events = new ArrayList<>();
    final List<Job> jobs = new ArrayList<>();
    final List<Long> tokens = new ArrayList<>();
    final List<Long> accounts = new ArrayList<>();
    /** Regions of the demo owner's businesses (theirs before this test too): the programs and events open to them. */
    final Set<String> ownerRegions = new java.util.TreeSet<>();
    long facilitatorId;
    long universityId;
    String firstItem;

    private final JdbcClient jdbc;
    private int serial;

    World(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Thing> of(Kind kind) {
        return things.getOrDefault(kind, List.of());
    }

    private Thing add(Kind kind, String label, long id, Biz biz, Prog program, Ev event, Job job, Caller owner, String region,
                      Map<String, Object> extra) {
        var thing = new Thing(kind, label, id, biz, program, event, job, owner, region, extra);
        things.computeIfAbsent(kind, k -> new ArrayList<>()).add(thing);
        return thing;
    }

    // ---- who reaches what: the README's rules, written from the facts above --------------------------------------

    /** The registry's rule: staff of the jurisdiction; a facilitator only what is assigned to them; an owner their own. */
    static boolean sees(Caller c, Biz b) {
        return c.editor() && c.covers(b.region())
                || c.is(Role.FACILITATOR) && c.covers(b.region()) && b.facilitator() == c
                || c.is(Role.OWNER) && b.owner() == c;
    }

    /** Staff of the program's region; partners of it; its facilitators; owners enrolled or whose region it serves. */
    boolean seesProgram(Caller c, Prog p) {
        return c.manages(p.region())
                || c.is(Role.PARTNER) && p.partnered()
                || c.is(Role.FACILITATOR) && p.facilitator() == c
                || c.is(Role.OWNER) && (businesses.stream().anyMatch(b -> p.enrolled().contains(b.id()) && b.owner() == c)
                || ownerRegions.stream().anyMatch(r -> r.equals(p.region()) || r.startsWith(p.region() + ".")));
    }

    /** Staff where it is held or whose businesses may join; partners supporting it; owners it is open to or registered. */
    boolean seesEvent(Caller c, Ev e) {
        return c.staff() && (c.covers(e.region()) || c.within(e.region()))
                || c.is(Role.PARTNER) && e.partnered()
                || c.is(Role.OWNER) && (businesses.stream().anyMatch(b -> e.registered().contains(b.id()) && b.owner() == c)
                || ownerRegions.stream().anyMatch(r -> r.equals(e.region()) || r.startsWith(e.region() + ".")));
    }

    static boolean organises(Caller c, Ev e) {
        return c.manages(e.region());
    }

    static boolean ownsBusiness(Caller c, Biz b) {
        return c.is(Role.OWNER) && b.owner() == c;
    }

    /** An import belongs to the importer's agency (administrators: all). */
    static boolean seesImport(Caller c, Job j) {
        return c.editor() && (c.is(Role.ADMIN) || j.agency().equals(c.agency) || j.creator() == c);
    }

    // ---- making them ---------------------------------------------------------------------------------------------

    record Services(Businesses businesses, Products products, Cases cases, Programs programs, Enrollments enrollments,
                    Visits visits, TrainingEvents events, Registrations registrations, Quizzes quizzes, Inspections inspections,
                    CorrectiveActions actions, Accounts accounts, AssessmentDefinitions definitions, JsonMapper json) {
    }

    void build(Services s) {
        facilitatorId = userId(Caller.FACILITATOR_PALANGKARAYA.username);
        universityId = agencyId(Caller.PARTNER.agency);
        String dumai = village("14.72.01.1003");
        String bengkalis = village("14.03.");
        String bandarLampung = village("18.71.");
        String palangkaRaya = village("62.71.01.1001");

        business(s, "pemilik", dumai, Caller.OWNER, null, Caller.OFFICER_DUMAI);
        business(s, "dumai", dumai, null, null, Caller.OFFICER_DUMAI);
        business(s, "bengkalis", bengkalis, null, null, Caller.OFFICER_BENGKALIS);
        business(s, "lampung", bandarLampung, null, null, Caller.MANAGER_BANDARLAMPUNG);
        business(s, "didampingi", palangkaRaya, null, Caller.FACILITATOR_PALANGKARAYA, Caller.OFFICER_PALANGKARAYA);
        business(s, "lepas", palangkaRaya, null, null, Caller.OFFICER_PALANGKARAYA);
        ownerRegions.addAll(jdbc.sql("""
                        SELECT DISTINCT b.region_code FROM business b JOIN owner o ON o.id = b.owner_id JOIN app_user u ON u.id = o.user_id
                        WHERE u.username = ?""").param(Caller.OWNER.username).query(String.class).list());

        for (String region : List.of("14.72", "14.03", "18.71", "62.71")) {
            String village = businesses.stream().filter(b -> b.region().equals(region)).findFirst().orElseThrow().village();
            add(Kind.REGION, "wilayah " + region, 0, null, null, null, null, null, region, Map.of("village", village));
        }

        program(s, "dumai", "14.72", Caller.MANAGER_DUMAI, false, "pemilik", "dumai");
        program(s, "bengkalis", "14.03", Caller.OFFICER_BENGKALIS, false, "bengkalis");
        program(s, "lampung", "18.71", Caller.MANAGER_BANDARLAMPUNG, false, "lampung");
        program(s, "palangkaraya", "62.71", Caller.OFFICER_PALANGKARAYA, true, "didampingi", "lepas");

        event(s, "dumai", "14.72", Caller.OFFICER_DUMAI, false, "dumai", "pemilik");
        event(s, "bengkalis", "14.03", Caller.OFFICER_BENGKALIS, false, "bengkalis");
        event(s, "lampung", "18.71", Caller.MANAGER_BANDARLAMPUNG, false, "lampung");
        event(s, "palangkaraya", "62.71", Caller.OFFICER_PALANGKARAYA, true, "didampingi", "lepas");

        importJob(s, "dumai", Caller.OFFICER_DUMAI, "dumai");
        importJob(s, "bengkalis", Caller.OFFICER_BENGKALIS, "bengkalis");
        importJob(s, "lampung", Caller.MANAGER_BANDARLAMPUNG, "lampung");
        importJob(s, "palangkaraya", Caller.OFFICER_PALANGKARAYA, "lepas");

        reportJob("14.72", Caller.MANAGER_DUMAI);
        reportJob("14.03", Caller.OFFICER_BENGKALIS);
        reportJob("18.71", Caller.MANAGER_BANDARLAMPUNG);
        reportJob("62.71", Caller.OFFICER_PALANGKARAYA);

        long account = s.accounts().create(new Accounts.NewUser("matriks." + marker.toLowerCase(java.util.Locale.ROOT), "Akun " + marker,
                null, null, "Kunci-" + java.util.UUID.randomUUID(), agencyId(Caller.OFFICER_DUMAI.agency), Set.of(Role.OFFICER), List.of()));
        accounts.add(account);
        var checklist = s.definitions().latestChecklist("cppb-irt").orElseThrow();
        add(Kind.ACCOUNT, "akun dan instansi uji", account, null, null, null, null, null, null,
                Map.of("agency", agencyId(Caller.OFFICER_DUMAI.agency), "definitionCode", checklist.code(),
                        "definitionVersion", checklist.version()));
    }

    /** Adds a token of the caller's account; the matrix asks for each with every caller. */
    void token(Caller owner, long id) {
        tokens.add(id);
        add(Kind.TOKEN, "token " + owner, id, null, null, null, null, owner, null, Map.of());
    }

    private void business(Services s, String key, String village, Caller owner, Caller facilitator, Caller officer) {
        Caller registrar = owner != null ? owner : officer;
        String region = village.substring(0, 5);
        String name = marker + " Usaha " + key;
        String ownerName = marker + " Pemilik " + key;
        var data = new BusinessData(name, LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD,
                "Jl. Matriks No. " + (++serial), village, null, null, 2, 2020, null, new BigDecimal("90000000"),
                Premises.RESIDENCE, Equipment.MANUAL, 1, 1, new BusinessData.OwnerData(ownerName, null, "P", null, null));
        long id = AsUser.call(registrar.username, () -> s.businesses().register(data, null));
        String productName = marker + " Produk " + key;
        var biz = new Biz(key, id, region, village, name, productName, ownerName, owner, facilitator, data);
        businesses.add(biz);
        add(Kind.BUSINESS, "usaha " + key, id, biz, null, null, null, owner, region, Map.of());

        // who works on it: its owner if it has an account, else the officer who registered it
        Caller worker = owner != null ? owner : registrar;
        long product = AsUser.call(worker.username, () -> s.products().create(id, product(productName)));
        add(Kind.PRODUCT, "produk " + key, product, biz, null, null, null, owner, region, Map.of());
        long photo = AsUser.call(worker.username, () -> s.products().addPhoto(product, png()));
        add(Kind.PRODUCT_PHOTO, "foto produk " + key, photo, biz, null, null, null, owner, region, Map.of());
        long permit = AsUser.call(worker.username, () -> s.products().addPermit(product,
                new PermitData(PermitType.TRADEMARK, permitNumber(), null, null, null)));
        add(Kind.PERMIT, "izin " + key, permit, biz, null, null, null, owner, region, Map.of("product", product));

        long caseId = AsUser.call(worker.username, () -> s.cases().open(product, PermitType.PIRT, null));
        long document = AsUser.call(worker.username, () -> s.cases().upload(caseId, "KTP", "ktp.png", png()));
        String step = jdbc.sql("SELECT current_step FROM certification_case WHERE id = ?").param(caseId).query(String.class).single();
        add(Kind.CASE, "kasus " + key, caseId, biz, null, null, null, owner, region, Map.of("step", step, "document", document));

        businessesPending.put(key, new Pending(biz, officer));
    }

    /** A business waiting for its inspections, with the officer of its region. */
    private record Pending(Biz biz, Caller officer) {
    }

    private final Map<String, Pending> businessesPending = new LinkedHashMap<>();

    /** Inspections come after the programs: a facilitator inspects a business once it is assigned to them. */
    private void inspections(Services s, Pending p) {
        var biz = p.biz();
        Caller inspector = biz.facilitator() != null ? biz.facilitator() : p.officer();
        var finished = AsUser.call(inspector.username, () -> {
            long id = s.inspections().start(biz.id(), null, "cppb-irt");
            answerAll(s.inspections(), id, Map.of("B.2", Answer.NOT_MET, "D.8", Answer.NOT_MET, "M.36", Answer.NOT_MET));
            return s.inspections().finish(id);
        });
        add(Kind.INSPECTION, "pemeriksaan selesai " + biz.key(), finished.id(), biz, null, null, null, biz.owner(), biz.region(),
                Map.of("draft", false));
        add(Kind.FINISHED_INSPECTION, "pemeriksaan selesai " + biz.key(), finished.id(), biz, null, null, null, biz.owner(),
                biz.region(), Map.of());
        long draft = AsUser.call(inspector.username, () -> s.inspections().start(biz.id(), null, "cppb-irt"));
        firstItem = AsUser.call(inspector.username, () -> s.inspections().get(draft)).template().items().get(0).code();
        long photo = AsUser.call(inspector.username, () -> s.inspections().addPhoto(draft, firstItem, png()));
        add(Kind.INSPECTION, "pemeriksaan draf " + biz.key(), draft, biz, null, null, null, biz.owner(), biz.region(),
                Map.of("draft", true));
        add(Kind.INSPECTION_PHOTO, "foto pemeriksaan " + biz.key(), photo, biz, null, null, null, biz.owner(), biz.region(),
                Map.of("draft", true));

        long action = jdbc.sql("SELECT min(id) FROM corrective_action WHERE inspection_id = ?").param(finished.id())
                .query(Long.class).single();
        boolean evidence = biz.owner() != null || biz.facilitator() != null;
        if (evidence) {
            Caller by = biz.owner() != null ? biz.owner() : biz.facilitator();
            AsUser.run(by.username, () -> s.actions().submitEvidence(action, "bukti.png", png(), "sudah diperbaiki"));
            add(Kind.ACTION_WITH_EVIDENCE, "tindakan berbukti " + biz.key(), action, biz, null, null, null, biz.owner(),
                    biz.region(), Map.of());
        }
        add(Kind.ACTION, "tindakan " + biz.key(), action, biz, null, null, null, biz.owner(), biz.region(), Map.of());
    }

    private void program(Services s, String key, String region, Caller manager, boolean partnered, String... enrolled) {
        var partners = partnered ? List.of(new ProgramData.Partner(universityId, "Narasumber", "MoU/" + marker, today(),
                "pendampingan", today().plusYears(1))) : List.<ProgramData.Partner>of();
        var data = new ProgramData(marker + " Program " + key, "Program uji matriks akses", List.of(region), today(), 50,
                Set.of(PermitType.PIRT), Facilitation.CASELOAD, 10, Set.of(), Set.of(),
                List.of(new ProgramData.Stage("Pendampingan", 90, 30)), partners);
        long id = AsUser.call(manager.username, () -> s.programs().create(data));
        Caller facilitator = null;
        long home = 0;
        var progThings = new ArrayList<Object[]>();
        for (String businessKey : enrolled) {
            var biz = biz(businessKey);
            AsUser.run(manager.username, () -> s.enrollments().enroll(id, List.of(biz.id())));
            long enrollment = jdbc.sql("SELECT id FROM enrollment WHERE program_id = ? AND business_id = ?").params(id, biz.id())
                    .query(Long.class).single();
            if (biz.facilitator() != null) {
                facilitator = biz.facilitator();
                jdbc.sql("INSERT INTO assignment (enrollment_id, facilitator_id, assigned_by) VALUES (?, ?, ?)")
                        .params(enrollment, facilitatorId, manager.username).update();
            }
            if (home == 0 && biz.owner() == null) {
                home = biz.id();
            }
            progThings.add(new Object[] {biz, enrollment});
        }
        var prog = new Prog(key, id, region, manager.agency, data, partnered, facilitator, home,
                progThings.stream().map(pair -> ((Biz) pair[0]).id()).toList());
        programs.add(prog);
        add(Kind.PROGRAM, "program " + key, id, null, prog, null, null, null, region, Map.of());
        for (var pair : progThings) {
            var biz = (Biz) pair[0];
            long enrollment = (Long) pair[1];
            add(Kind.ENROLLMENT, "peserta " + biz.key(), enrollment, biz, prog, null, null, biz.owner(), biz.region(), Map.of());
            long visit = AsUser.call(manager.username, () -> s.visits().record(enrollment, new VisitData(UUID.randomUUID(),
                    today(), "ONSITE", null, null, "Kunjungan " + marker, null,
                    List.of(new VisitData.FollowUpData("Tindak lanjut " + marker, today().plusDays(14), "OWNER")))));
            long followUp = jdbc.sql("SELECT id FROM follow_up WHERE visit_id = ?").param(visit).query(Long.class).single();
            add(Kind.FOLLOW_UP, "tindak lanjut " + biz.key(), followUp, biz, prog, null, null, biz.owner(), biz.region(),
                    Map.of("enrollment", enrollment));
            long photo = AsUser.call(manager.username, () -> s.visits().addPhoto(visit, png()));
            add(Kind.VISIT_PHOTO, "foto kunjungan " + biz.key(), photo, biz, prog, null, null, biz.owner(), biz.region(), Map.of());
        }
        // the facilitator is assigned now: the businesses' inspections can be made
        for (String businessKey : enrolled) {
            inspections(s, businessesPending.get(businessKey));
        }
    }

    private void event(Services s, String key, String region, Caller organiser, boolean partnered, String... registered) {
        var first = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(10).withHour(9).withMinute(0).withSecond(0).withNano(0);
        var data = new EventData(EventType.SOCIALISATION, marker + " Sosialisasi " + key, null, null,
                partnered ? List.of(universityId) : List.of(), List.of("dr. Matriks"), EventMode.ON_SITE, region, "Aula Matriks", null,
                30, first.minusDays(2), List.of(new EventData.Session(first, first.plusHours(3))), List.of(region), Set.of(), null, null);
        long id = AsUser.call(organiser.username, () -> s.events().create(data));
        AsUser.run(organiser.username, () -> s.quizzes().setQuestions(id, Quizzes.Kind.PRE, new QuestionSet(List.of(
                new QuestionSet.Question("Apa yang dicuci sebelum mengolah pangan?", List.of("Tangan", "Sepatu"), 0)))));
        long session = jdbc.sql("SELECT id FROM training_session WHERE event_id = ? ORDER BY position LIMIT 1").param(id)
                .query(Long.class).single();
        var regs = new ArrayList<Object[]>();
        long homeBusiness = 0;
        long homeRegistration = 0;
        for (String businessKey : registered) {
            var biz = biz(businessKey);
            Caller by = biz.owner() != null ? biz.owner() : organiser;
            long registration = AsUser.call(by.username, () -> s.registrations().register(id, biz.id(), null)).registrationId();
            regs.add(new Object[] {biz, registration});
            if (homeBusiness == 0) {
                homeBusiness = biz.id();
                homeRegistration = registration;
            }
        }
        var ev = new Ev(key, id, region, organiser.agency, data, partnered, session, homeBusiness, homeRegistration,
                regs.stream().map(pair -> ((Biz) pair[0]).id()).toList());
        events.add(ev);
        add(Kind.EVENT, "pelatihan " + key, id, null, null, ev, null, null, region, Map.of("session", session));
        for (var pair : regs) {
            var biz = (Biz) pair[0];
            add(Kind.REGISTRATION, "pendaftaran " + biz.key(), (Long) pair[1], biz, null, ev, null, biz.owner(), biz.region(), Map.of());
        }
    }

    private void importJob(Services s, String key, Caller importer, String businessKey) {
        long agency = agencyId(importer.agency);
        long id = jdbc.sql("""
                        INSERT INTO import_job (agency_id, created_by, file_name, content_sha256, file_size, format, header_line, columns)
                        VALUES (?, ?, ?, md5(random()::text) || md5(random()::text), 120, 'CSV', 1,
                                '[{"index": 0, "header": "nama usaha", "samples": []}]'::jsonb) RETURNING id""")
                .params(agency, importer.username, marker + "-" + key + ".csv").query(Long.class).single();
        var job = new Job(key, id, importer.agency, importer);
        jobs.add(job);
        add(Kind.IMPORT, "impor " + key, id, null, null, null, job, importer, null, Map.of());
        var biz = biz(businessKey);
        var incoming = new BusinessData(biz.name() + " Baru", LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD,
                "Jl. Impor Matriks", biz.village(), null, null, 2, 2020, null, new BigDecimal("90000000"), Premises.RESIDENCE,
                Equipment.MANUAL, 1, 1, new BusinessData.OwnerData(biz.ownerName(), null, "P", null, null));
        long review = jdbc.sql("""
                        INSERT INTO import_review (job_id, line, business_id, region_code, score, incoming)
                        VALUES (?, 2, ?, ?, 0.7, ?::jsonb) RETURNING id""")
                .params(id, biz.id(), biz.village(), s.json().writeValueAsString(incoming)).query(Long.class).single();
        add(Kind.REVIEW, "tinjauan " + key, review, biz, null, null, job, importer, biz.region(), Map.of());
    }

    /** A region's yearly evaluation as its staff asked for it; its file answers 409 until the worker has built it. */
    private void reportJob(String region, Caller requester) {
        long id = jdbc.sql("""
                        INSERT INTO report_job (kind, format, year, region_code, scope, language, requested_by, created_at)
                        VALUES ('YEAR', 'XLSX', ?, ?, ?, 'id', ?, now()) RETURNING id""")
                .params(today().getYear(), region, region, requester.username).query(Long.class).single();
        add(Kind.REPORT_JOB, "laporan " + region, id, null, null, null, null, requester, region, Map.of());
    }

    Biz biz(String key) {
        return businesses.stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow();
    }

    private String village(String prefix) {
        return jdbc.sql("SELECT min(code) FROM region WHERE level = 'village' AND (code = ? OR code LIKE ?)")
                .params(prefix, prefix + "%").query(String.class).single();
    }

    long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    long agencyId(String name) {
        return jdbc.sql("SELECT id FROM agency WHERE name = ?").param(name).query(Long.class).single();
    }

    /** Trademark numbers are IDM and nine digits; a fresh one each time (numbers are unique per type). */
    static String permitNumber() {
        return "IDM" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
    }

    BusinessData newBusiness(String village) {
        return new BusinessData(marker + " Usaha Baru " + (++serial), LegalForm.PERORANGAN, null, null, List.of(), Sector.PROCESSED_FOOD,
                "Jl. Baru Matriks", village, null, null, 1, 2024, null, new BigDecimal("50000000"), Premises.RESIDENCE,
                Equipment.MANUAL, 1, 1, new BusinessData.OwnerData(marker + " Pemilik Baru", null, "L", null, null));
    }

    static ProductData product(String name) {
        return new ProductData(name, "Matriks", "15.0", "06", null, PirtParts.Packaging.PLASTIC, "250 g", 90, Storage.AMBIENT,
                "singkong, minyak sawit, garam", Set.of());
    }

    /** Answers every shown item: the given answers where given, MET elsewhere (screening questions: no). */
    private static void answerAll(Inspections inspections, long id, Map<String, Answer> answers) {
        var view = inspections.get(id);
        var done = new java.util.HashSet<String>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (ChecklistItem item : view.template().items()) {
                if (done.contains(item.code()) || !view.shown(item.code())) {
                    continue;
                }
                Answer answer = answers.getOrDefault(item.code(), item.screening() ? Answer.NOT_MET : Answer.MET);
                inspections.answer(id, item.code(), answer, answers.containsKey(item.code()) ? "temuan " + item.code() : null);
                done.add(item.code());
                progress = true;
            }
            view = inspections.get(id);
        }
    }

    private static byte[] pngBytes;

    /** A small PNG (photos, documents, evidence: all are checked by content). */
    static synchronized byte[] png() {
        if (pngBytes == null) {
            var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(new java.awt.Color(150, 120, 90));
            g.fillRect(0, 0, 64, 48);
            g.dispose();
            var out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pngBytes = out.toByteArray();
        }
        return pngBytes;
    }

    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    }

    /** Ids of everything made, for the database fingerprint. */
    Map<String, Object> ids() {
        var ids = new HashMap<String, Object>();
        ids.put("b", businesses.stream().map(Biz::id).toArray(Long[]::new));
        ids.put("p", programs.stream().map(Prog::id).toArray(Long[]::new));
        ids.put("e", events.stream().map(Ev::id).toArray(Long[]::new));
        ids.put("j", jobs.stream().map(Job::id).toArray(Long[]::new));
        ids.put("t", tokens.toArray(Long[]::new));
        ids.put("u", accounts.toArray(Long[]::new));
        ids.put("marker", marker + "%");
        return ids;
    }
}
