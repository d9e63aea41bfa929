package id.naikkelas.training;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Access;
import id.naikkelas.identity.Agencies;
import id.naikkelas.programs.Programs;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.SearchCriteria;
import id.naikkelas.registry.Sector;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Training pages: events for organisers, registration and tests for owners, the door scanner, certificates. */
@Controller
class TrainingController {

    /** A camera frame sent for reading on the server (phones without a QR reader in the browser). */
    static final long MAX_FRAME_BYTES = 1_000_000;

    private final TrainingEvents events;
    private final Registrations registrations;
    private final Attendance attendance;
    private final Quizzes quizzes;
    private final Certificates certificates;
    private final CertificatePdf pdf;
    private final ParticipantExport export;
    private final Businesses businesses;
    private final Programs programs;
    private final Agencies agencies;
    private final Access access;

    TrainingController(TrainingEvents events, Registrations registrations, Attendance attendance, Quizzes quizzes,
                       Certificates certificates, CertificatePdf pdf, ParticipantExport export, Businesses businesses,
                       Programs programs, Agencies agencies, Access access) {
        this.events = events;
        this.registrations = registrations;
        this.attendance = attendance;
        this.quizzes = quizzes;
        this.certificates = certificates;
        this.pdf = pdf;
        this.export = export;
        this.businesses = businesses;
        this.programs = programs;
        this.agencies = agencies;
        this.access = access;
    }

    @GetMapping("/pelatihan")
    String list(@RequestParam(defaultValue = "false") boolean lalu, Model model) {
        var me = access.require();
        model.addAttribute("events", events.list(lalu));
        model.addAttribute("past", lalu);
        if (me.isOwner()) {
            model.addAttribute("mine", registrations.mine());
        }
        return "training/list";
    }

    @GetMapping("/pelatihan/baru")
    String newEvent(Model model) {
        events.checkCanCreate();
        var form = new EventForm();
        form.setType(EventType.PKP);
        form.setMode(EventMode.ON_SITE);
        var me = access.require();
        if (me.jurisdiction().sortedCodes().size() == 1) {
            form.setRegionCode(me.jurisdiction().sortedCodes().get(0));
        }
        return form(model, form, null);
    }

    @GetMapping("/pelatihan/{id}/ubah")
    String edit(@PathVariable long id, Model model) {
        var event = events.get(id);
        if (!event.manageable()) {
            // saving would be refused: a participant does not get the organisers' form either
            throw new AccessDeniedException("not this user's event");
        }
        return form(model, EventForm.of(event), id);
    }

    @PostMapping("/pelatihan")
    String save(@RequestParam(required = false) Long id, @ModelAttribute("form") EventForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, id);
        }
        try {
            var data = form.toData();
            if (id == null) {
                id = events.create(data);
            } else {
                events.update(id, form.getVersion(), data);
            }
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return form(model, form, id);
        } catch (EditConflict e) {
            binding.reject("error.conflict");
            return form(model, form, id);
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/pelatihan/" + id;
    }

    private String form(Model model, EventForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("eventId", id);
        model.addAttribute("types", EventType.values());
        model.addAttribute("modes", EventMode.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("programs", programs.list().stream().filter(p -> p.manageable()).toList());
        model.addAttribute("agencies", agencies.list());
        model.addAttribute("pkpPassMark", events.rules().of(EventType.PKP).passMark());
        return "training/form";
    }

    /** The event: its facts for everyone, registration for owners, the participant table for organisers. */
    @GetMapping("/pelatihan/{id}")
    String page(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var event = events.get(id);
        var me = access.require();
        model.addAttribute("event", event);
        model.addAttribute("q", q);
        if (me.isStaff()) {
            var all = registrations.ofEvent(id);
            model.addAttribute("registrations", all);
            model.addAttribute("summary", quizzes.summary(id));
            model.addAttribute("attendanceRates", attendanceRates(event, all));
            if (q != null && !q.isBlank() && me.isProgramStaff()) {
                model.addAttribute("candidates", businesses.search(SearchCriteria.text(q), null, 25).items());
            }
        }
        if (me.isOwner()) {
            model.addAttribute("myBusinesses", businesses.search(SearchCriteria.all(), null, 50).items());
            model.addAttribute("mine", registrations.mine().stream().filter(r -> r.eventId() == id).toList());
        }
        return "training/event";
    }

    /** Share of confirmed participants present at each session, in per cent. */
    private static List<Integer> attendanceRates(EventView event, List<RegistrationView> all) {
        var confirmed = all.stream().filter(r -> r.status() == Registrations.Status.CONFIRMED).toList();
        var rates = new ArrayList<Integer>();
        for (var s : event.sessions()) {
            long present = confirmed.stream().filter(r -> r.attendedSessions().contains(s.position())).count();
            rates.add(confirmed.isEmpty() ? 0 : Math.round(100f * present / confirmed.size()));
        }
        return rates;
    }

    @PostMapping("/pelatihan/{id}/batal")
    String cancelEvent(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                       RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("cancelledCount", events.cancel(id, version, reason));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            // the form opens again with what was typed, and the page scrolls to it
            redirect.addFlashAttribute("cancelReason", reason == null ? "" : reason);
            return "redirect:/pelatihan/" + id + "#batal";
        }
        return "redirect:/pelatihan/" + id;
    }

    @PostMapping("/pelatihan/{id}/daftar")
    String register(@PathVariable long id, @RequestParam(required = false) Long business,
                    @RequestParam(required = false) String participantName, RedirectAttributes redirect) {
        if (business == null) {
            redirect.addFlashAttribute("problems", List.of(new InvalidInput.Violation("business", "training.registration.chooseBusiness", List.of())));
            return "redirect:/pelatihan/" + id;
        }
        try {
            var result = registrations.register(id, business, participantName);
            redirect.addFlashAttribute("notice", result.status() == Registrations.Status.CONFIRMED
                    ? "training.registered.confirmed" : "training.registered.waitlisted");
            return "redirect:/pelatihan/pendaftaran/" + result.registrationId();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/pelatihan/" + id;
        }
    }

    @PostMapping("/pelatihan/{id}/peserta")
    String registerAll(@PathVariable long id, @RequestParam(name = "business", required = false) List<Long> businessIds,
                       RedirectAttributes redirect) {
        if (businessIds == null || businessIds.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of(new InvalidInput.Violation("business", "training.registration.chooseBusiness", List.of())));
            return "redirect:/pelatihan/" + id;
        }
        var results = registrations.registerAll(id, businessIds);
        redirect.addFlashAttribute("registeredCount", results.stream().filter(r -> r.registrationId() != null).count());
        redirect.addFlashAttribute("problems", results.stream().flatMap(r -> r.reasons().stream()).toList());
        return "redirect:/pelatihan/" + id;
    }

    @PostMapping("/pelatihan/pendaftaran/{rid}/batal")
    String cancel(@PathVariable long rid, RedirectAttributes redirect) {
        var registration = registrations.get(rid);
        try {
            registrations.cancel(rid);
            redirect.addFlashAttribute("notice", "training.cancelled");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return registration.manageable() ? "redirect:/pelatihan/" + registration.eventId() : "redirect:/pelatihan/pendaftaran/" + rid;
    }

    /** The participant's page: status, personal QR code and short code, tests, certificate. */
    @GetMapping("/pelatihan/pendaftaran/{rid}")
    String registration(@PathVariable long rid, Model model) {
        var registration = registrations.get(rid);
        model.addAttribute("registration", registration);
        model.addAttribute("event", events.get(registration.eventId()));
        model.addAttribute("hasPre", quizzes.has(registration.eventId(), Quizzes.Kind.PRE));
        model.addAttribute("hasPost", quizzes.has(registration.eventId(), Quizzes.Kind.POST));
        model.addAttribute("preWindow", quizzes.window(registration, Quizzes.Kind.PRE));
        model.addAttribute("postWindow", quizzes.window(registration, Quizzes.Kind.POST));
        return "training/registration";
    }

    @GetMapping(value = "/pelatihan/pendaftaran/{rid}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable long rid) {
        var registration = registrations.get(rid);
        if (registration.token() == null) {
            throw new id.naikkelas.common.NotFound("training_registration", rid);
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .body(QrCodes.png(registration.token(), 360));
    }

    /** The participant's test: questions and options only (the key never leaves the server), while it is open. */
    @GetMapping("/pelatihan/pendaftaran/{rid}/tes/{kind}")
    String test(@PathVariable long rid, @PathVariable Quizzes.Kind kind, Model model) {
        var registration = registrations.get(rid);
        model.addAttribute("registration", registration);
        model.addAttribute("kind", kind);
        try {
            model.addAttribute("questions", quizzes.paper(rid, kind));
        } catch (InvalidInput e) {
            model.addAttribute("questions", null);
            model.addAttribute("problems", e.violations());
        }
        return "training/test";
    }

    @PostMapping("/pelatihan/pendaftaran/{rid}/tes/{kind}")
    String takeTest(@PathVariable long rid, @PathVariable Quizzes.Kind kind, @RequestParam Map<String, String> params,
                    RedirectAttributes redirect) {
        var answers = new ArrayList<Integer>();
        try {
            int count = quizzes.paper(rid, kind).questions().size();
            for (int i = 0; i < count; i++) {
                String value = params.get("q" + i);
                answers.add(value == null || !value.matches("\\d{1,2}") ? null : Integer.valueOf(value));
            }
            int score = quizzes.take(rid, kind, answers);
            redirect.addFlashAttribute("score", score);
            redirect.addFlashAttribute("notice", "training.test.recorded");
            return "redirect:/pelatihan/pendaftaran/" + rid;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
            return "redirect:/pelatihan/pendaftaran/" + rid + "/tes/" + kind;
        }
    }

    @PostMapping("/pelatihan/pendaftaran/{rid}/nilai")
    String paperScore(@PathVariable long rid, @RequestParam Quizzes.Kind kind, @RequestParam(required = false) Integer score,
                      RedirectAttributes redirect) {
        var registration = registrations.get(rid);
        try {
            quizzes.recordPaper(rid, kind, score);
            redirect.addFlashAttribute("notice", "training.test.recorded");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/pelatihan/" + registration.eventId() + "#peserta";
    }

    /**
     * Organisers edit the questions of a test; the PKP bank is offered when none are set. The text marks
     * the right answers, so anyone else is sent to their own test (a participant) or refused.
     */
    @GetMapping("/pelatihan/{id}/tes/{kind}")
    String questions(@PathVariable long id, @PathVariable Quizzes.Kind kind, Model model) {
        var event = events.get(id);
        if (!event.manageable()) {
            var mine = registrations.mine().stream()
                    .filter(r -> r.eventId() == id && r.status() == Registrations.Status.CONFIRMED).findFirst();
            if (mine.isPresent()) {
                return "redirect:/pelatihan/pendaftaran/" + mine.get().id() + "/tes/" + kind;
            }
            throw new org.springframework.security.access.AccessDeniedException("the answer key is for the event's organisers");
        }
        model.addAttribute("event", event);
        model.addAttribute("kind", kind);
        var current = quizzes.questions(id, kind);
        model.addAttribute("saved", current.isPresent());
        model.addAttribute("text", current.or(() -> quizzes.defaultQuestions(event.type())).map(QuestionSet::toText).orElse(""));
        return "training/questions";
    }

    @PostMapping("/pelatihan/{id}/tes/{kind}")
    String saveQuestions(@PathVariable long id, @PathVariable Quizzes.Kind kind, @RequestParam String text, Model model,
                         RedirectAttributes redirect) {
        try {
            quizzes.setQuestions(id, kind, QuestionSet.parse(text));
        } catch (InvalidInput e) {
            model.addAttribute("event", events.get(id));
            model.addAttribute("kind", kind);
            model.addAttribute("saved", false);
            model.addAttribute("text", text);
            model.addAttribute("problems", e.violations());
            return "training/questions";
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/pelatihan/" + id;
    }

    /** The door: the organiser's phone scans QR codes, or the short code is typed. */
    @GetMapping("/pelatihan/{id}/absen/{sessionId}")
    String scanner(@PathVariable long id, @PathVariable long sessionId, Model model) {
        var event = events.get(id);
        if (!event.manageable()) {
            throw new org.springframework.security.access.AccessDeniedException("attendance is taken by the organisers");
        }
        model.addAttribute("event", event);
        model.addAttribute("eventSession", event.sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(() -> new id.naikkelas.common.NotFound("training_session", sessionId)));
        model.addAttribute("registrations", registrations.ofEvent(id).stream()
                .filter(r -> r.status() == Registrations.Status.CONFIRMED).toList());
        return "training/scan";
    }

    /** One check-in; answers the result panel (htmx) or the whole page without JavaScript. */
    @PostMapping("/pelatihan/{id}/absen/{sessionId}")
    String checkIn(@PathVariable long id, @PathVariable long sessionId, @RequestParam(required = false) String token,
                   @RequestParam(required = false) String code, @RequestParam(required = false) MultipartFile frame,
                   jakarta.servlet.http.HttpServletRequest request, Model model) throws IOException {
        try {
            Attendance.CheckIn done;
            if (frame != null && !frame.isEmpty()) {
                if (frame.getSize() > MAX_FRAME_BYTES) {
                    throw InvalidInput.of("frame", "training.checkin.frameTooLarge");
                }
                var read = QrCodes.read(frame.getBytes());
                if (read.isEmpty()) {
                    model.addAttribute("noCode", true);
                    return "training/scan :: result";
                }
                // a mark of the code read (not the code itself), so the page can tell the same ticket from the next one
                model.addAttribute("readMark", Codes.mark(read.get()));
                done = attendance.checkIn(id, sessionId, read.get(), Attendance.Method.QR);
            } else if (token != null && !token.isBlank()) {
                done = attendance.checkIn(id, sessionId, token, Attendance.Method.QR);
            } else {
                done = attendance.checkIn(id, sessionId, code, Attendance.Method.CODE);
            }
            model.addAttribute("checkIn", done);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.violations());
        }
        if (request.getHeader("HX-Request") != null) {
            return "training/scan :: result";
        }
        scanner(id, sessionId, model);
        return "training/scan";
    }

    @PostMapping("/pelatihan/{id}/daring/{sessionId}")
    String online(@PathVariable long id, @PathVariable long sessionId,
                  @RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
        attendance.setOnline(id, sessionId, present == null ? java.util.Set.of() : new HashSet<>(present));
        redirect.addFlashAttribute("notice", "training.online.saved");
        return "redirect:/pelatihan/" + id + "#peserta";
    }

    @PostMapping("/pelatihan/{id}/sertifikat")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            var issued = certificates.issue(id);
            redirect.addFlashAttribute("issued", issued);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        }
        return "redirect:/pelatihan/" + id + "#peserta";
    }

    @GetMapping("/pelatihan/pendaftaran/{rid}/sertifikat.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long rid) {
        var locale = LocaleContextHolder.getLocale();
        var certificate = certificates.ofRegistration(rid, locale);
        byte[] body = pdf.render(certificate, verifyUrl(certificate.code()), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sertifikat-" + certificate.code() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @GetMapping("/pelatihan/{id}/peserta.xlsx")
    void exportParticipants(@PathVariable long id, HttpServletResponse response) throws IOException {
        var event = events.get(id);
        var all = registrations.ofEvent(id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("peserta-pelatihan-" + id + ".xlsx", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(event, all, response.getOutputStream(), LocaleContextHolder.getLocale());
    }

    /** The public check of a certificate code, printed on the certificate with its QR code. */
    @GetMapping({"/sertifikat", "/sertifikat/{code}"})
    String verify(@PathVariable(required = false) String code, @RequestParam(name = "kode", required = false) String typed, Model model) {
        String wanted = code != null ? code : typed;
        model.addAttribute("code", wanted);
        if (wanted != null && !wanted.isBlank()) {
            model.addAttribute("certificate", certificates.verify(wanted, LocaleContextHolder.getLocale()).orElse(null));
            model.addAttribute("searched", true);
        }
        return "training/verify";
    }

    static String verifyUrl(String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/sertifikat/{code}").buildAndExpand(code).toUriString();
    }
}
