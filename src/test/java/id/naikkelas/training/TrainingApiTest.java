package id.naikkelas.training;

import id.naikkelas.AsUser;
import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.Businesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TrainingApiTest {

    static final String DUMAI = "petugas.dumai";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    Businesses businesses;
    @Autowired
    Registrations registrations;
    @Autowired
    id.naikkelas.TestClock clock;
    @Autowired
    TrainingEvents events;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEventRunsThroughTheApiAndItsCertificateIsCheckedWithoutSigningIn() throws Exception {
        var onSite = TrainingFixtures.event(EventType.PKP, EventMode.ON_SITE, "14.72", 5, 1, List.of());
        var noVenue = new EventData(onSite.type(), onSite.topic(), null, null, List.of(), List.of(), EventMode.ON_SITE, "14.72", null,
                null, 5, onSite.registrationDeadline(), onSite.sessions(), List.of(), java.util.Set.of(), null, null);
        mvc.perform(post("/api/v1/training/events").with(user(DUMAI)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(noVenue)))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("venue"));

        String created = mvc.perform(post("/api/v1/training/events").with(user(DUMAI)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(onSite)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.passMark").value(60))
                .andExpect(jsonPath("$.sessions[0].startsAt").value(org.hamcrest.Matchers.endsWith("+07:00")))
                .andReturn().getResponse().getContentAsString();
        long eventId = json.readTree(created).get("id").asLong();
        long sessionId = json.readTree(created).get("sessions").get(0).get("id").asLong();
        mvc.perform(get("/api/v1/training/events/{id}", eventId).with(user("petugas.palangkaraya"))).andExpect(status().isNotFound());

        long business = TrainingFixtures.business(businesses, DUMAI, "14.72.01.1006");
        String registered = mvc.perform(post("/api/v1/training/events/{id}/registrations", eventId).with(user(DUMAI))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"businessId\": " + business + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andReturn().getResponse().getContentAsString();
        long registrationId = json.readTree(registered).get("registrationId").asLong();
        String token = AsUser.call(DUMAI, () -> registrations.get(registrationId)).token();

        String checkIn = "{\"code\": \"" + token + "\", \"method\": \"QR\"}";
        mvc.perform(post("/api/v1/training/events/{id}/sessions/{s}/check-ins", eventId, sessionId).with(user(DUMAI))
                        .contentType(MediaType.APPLICATION_JSON).content(checkIn))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("training.checkin.notYet"));
        var session = onSite.sessions().get(0);
        clock.set(session.startsAt().minusMinutes(20).toInstant());
        mvc.perform(post("/api/v1/training/events/{id}/sessions/{s}/check-ins", eventId, sessionId).with(user(DUMAI))
                .contentType(MediaType.APPLICATION_JSON).content(checkIn)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/training/events/{id}/sessions/{s}/check-ins", eventId, sessionId).with(user(DUMAI))
                        .contentType(MediaType.APPLICATION_JSON).content(checkIn))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("training.checkin.already"));
        mvc.perform(post("/api/v1/training/registrations/{id}/tests/POST/paper", registrationId).with(user(DUMAI))
                .contentType(MediaType.APPLICATION_JSON).content("{\"score\": 75}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/training/events/{id}/certificates", eventId).with(user(DUMAI)))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].code").value("training.certificate.notYetHeld"));
        clock.set(session.endsAt().plusMinutes(1).toInstant());
        mvc.perform(post("/api/v1/training/events/{id}/certificates", eventId).with(user(DUMAI)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.issued").value(1));

        String code = AsUser.call(DUMAI, () -> registrations.get(registrationId)).certificateCode();
        mvc.perform(get("/api/v1/public/certificates/{code}", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.type").value("PKP"));
        mvc.perform(get("/api/v1/public/certificates/{code}", "PKP-2000-NOPE22")).andExpect(status().isNotFound());
        mvc.perform(get("/sertifikat/{code}", code)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(code)));

        byte[] pdf = mvc.perform(get("/pelatihan/pendaftaran/{id}/sertifikat.pdf", registrationId).with(user(DUMAI)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get("/pelatihan/pendaftaran/{id}/sertifikat.pdf", registrationId).with(user("petugas.palangkaraya")))
                .andExpect(status().isNotFound());

        byte[] xlsx = mvc.perform(get("/pelatihan/{id}/peserta.xlsx", eventId).with(user(DUMAI)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx[0]).as("an Excel file is a ZIP").isEqualTo((byte) 'P');
        mvc.perform(get("/pelatihan/pendaftaran/{id}/qr.png", registrationId).with(user(DUMAI)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG));
    }

    @Test
    void onlineAttendanceWaitsForTheSessionAndAttendanceRecordedLaterNeedsAReasonAndSaysSo() throws Exception {
        var data = TrainingFixtures.event(EventType.BIMTEK, EventMode.HYBRID, "14.72", 5, 1, List.of());
        long eventId = AsUser.call(DUMAI, () -> events.create(data));
        long sessionId = AsUser.call(DUMAI, () -> events.get(eventId)).sessions().get(0).id();
        long online = AsUser.call(DUMAI, () -> registrations.register(eventId, TrainingFixtures.business(businesses, DUMAI, "14.72.01.1006"), null))
                .registrationId();
        long onPaper = AsUser.call(DUMAI, () -> registrations.register(eventId, TrainingFixtures.business(businesses, DUMAI, "14.72.01.1006"), null))
                .registrationId();
        String onlineBody = "{\"registrationIds\": [" + online + "]}";
        String later = "/api/v1/training/events/{id}/sessions/{s}/recorded-attendance";

        mvc.perform(put("/api/v1/training/events/{id}/sessions/{s}/online-attendance", eventId, sessionId).with(user(DUMAI))
                        .contentType(MediaType.APPLICATION_JSON).content(onlineBody))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].code").value("training.attendance.notStarted"));
        mvc.perform(post(later, eventId, sessionId).with(user(DUMAI)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registrationId\": " + onPaper + ", \"reason\": \"daftar kertas\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].code").value("training.attendance.notStarted"));
        assertThat(AsUser.call(DUMAI, () -> registrations.get(online)).attendedSessions()).isEmpty();

        clock.set(data.sessions().get(0).startsAt().plusMinutes(10).toInstant());
        mvc.perform(put("/api/v1/training/events/{id}/sessions/{s}/online-attendance", eventId, sessionId).with(user(DUMAI))
                .contentType(MediaType.APPLICATION_JSON).content(onlineBody)).andExpect(status().is2xxSuccessful());
        assertThat(AsUser.call(DUMAI, () -> registrations.get(online)).attendedSessions()).containsExactly(1);

        clock.set(data.sessions().get(0).endsAt().plusHours(2).toInstant());
        String code = AsUser.call(DUMAI, () -> registrations.get(onPaper)).shortCode();
        mvc.perform(post("/api/v1/training/events/{id}/sessions/{s}/check-ins", eventId, sessionId).with(user(DUMAI))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"" + code + "\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].code").value("training.checkin.over"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("hadir susulan")));
        mvc.perform(post(later, eventId, sessionId).with(user(DUMAI)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registrationId\": " + onPaper + ", \"reason\": \" \"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post(later, eventId, sessionId).with(user("petugas.palangkaraya")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registrationId\": " + onPaper + ", \"reason\": \"daftar kertas\"}"))
                .andExpect(status().isNotFound());
        assertThat(AsUser.call(DUMAI, () -> registrations.get(onPaper)).attendedSessions()).isEmpty();

        mvc.perform(post(later, eventId, sessionId).with(user(DUMAI)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registrationId\": " + onPaper + ", \"reason\": \"Daftar hadir kertas\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.session").value(1));
        mvc.perform(get("/api/v1/training/registrations/{id}", onPaper).with(user(DUMAI)))
                .andExpect(jsonPath("$.attendedSessions[0]").value(1))
                .andExpect(jsonPath("$.recordedLater[0].reason").value("Daftar hadir kertas"))
                .andExpect(jsonPath("$.recordedLater[0].by").value(DUMAI));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'training_attendance' AND entity_id = ? AND action = 'RECORD_LATER'")
                .param(onPaper + "/" + sessionId).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/pelatihan/{id}", eventId).with(user(DUMAI)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("sesi 1 dicatat susulan")));
    }

    @Test
    void anEventIsCancelledThroughTheApiWithItsVersionAndAReason() throws Exception {
        String created = mvc.perform(post("/api/v1/training/events").with(user(DUMAI)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(TrainingFixtures.event(EventType.BIMTEK, EventMode.ONLINE, "14.72", 5, 1, List.of()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long eventId = json.readTree(created).get("id").asLong();
        int version = json.readTree(created).get("version").asInt();
        long business = TrainingFixtures.business(businesses, DUMAI, "14.72.01.1006");
        mvc.perform(post("/api/v1/training/events/{id}/registrations", eventId).with(user(DUMAI))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"businessId\": " + business + "}"))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/v1/training/events/{id}/cancellation", eventId).with(user(DUMAI)).header("If-Match", version)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/training/events/{id}/cancellation", eventId).with(user("petugas.palangkaraya")).header("If-Match", version)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/training/events/{id}/cancellation", eventId).with(user(DUMAI)).header("If-Match", version + 1)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Narasumber berhalangan\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/training/events/{id}/cancellation", eventId).with(user(DUMAI)).header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Narasumber berhalangan\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("Narasumber berhalangan"))
                .andExpect(jsonPath("$.confirmed").value(0));
        mvc.perform(get("/api/v1/training/events/{id}/registrations", eventId).with(user(DUMAI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("CANCELLED"));
    }
}
