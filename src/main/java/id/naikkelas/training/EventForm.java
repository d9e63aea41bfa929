package id.naikkelas.training;

import id.naikkelas.common.FormRows;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.RegionChoice;
import id.naikkelas.registry.Sector;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The event form. Sessions are repeatable rows (a date, a start and an end time in the local time of the event's region:
 * WIB, WITA or WIT), bound as {@code sessions[0].date}; the regions are chosen with the region picker, one row per region
 * whose businesses may join. Blank rows are left out; what a row breaks is named on the row's field.
 */
class EventForm implements FormRows.Editable {

    private Integer version = 0;
    private EventType type;
    private String topic;
    private String description;
    private Long programId;
    private List<Long> partnerAgencyIds = new ArrayList<>();
    private String trainers;
    private EventMode mode;
    private RegionChoice region = new RegionChoice();
    private String venue;
    private String meetingLink;
    private Integer capacity;
    private String registrationDeadline;
    private List<SessionRow> sessions = new ArrayList<>(List.of(new SessionRow()));
    private List<RegionChoice> targetRegions = new ArrayList<>(List.of(new RegionChoice()));
    private Set<Sector> targetSectors = EnumSet.noneOf(Sector.class);
    private Integer minSessions;
    private Integer passMark;
    /** The form row of each session sent to the service, in order: the service names a session by its number. */
    private final List<Integer> sessionRows = new ArrayList<>();

    EventData toData() {
        var problems = new InvalidInput.Collector();
        String regionCode = region == null ? null : region.chosen();
        var sessionList = new ArrayList<EventData.Session>();
        sessionRows.clear();
        for (int i = 0; i < sessions.size(); i++) {
            var row = sessions.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "sessions[" + i + "].";
            if (row.getDate() == null) {
                problems.add(at + "date", "field.required");
            }
            if (row.getStartsAt() == null) {
                problems.add(at + "startsAt", "field.required");
            }
            if (row.getEndsAt() == null) {
                problems.add(at + "endsAt", "field.required");
            } else if (row.getStartsAt() != null && !row.getEndsAt().isAfter(row.getStartsAt())) {
                problems.add(at + "endsAt", "training.session.endBeforeStart");
            }
            if (row.getDate() != null && row.getStartsAt() != null && row.getEndsAt() != null) {
                sessionList.add(new EventData.Session(EventTimes.at(row.getDate().atTime(row.getStartsAt()), regionCode),
                        EventTimes.at(row.getDate().atTime(row.getEndsAt()), regionCode)));
                sessionRows.add(i);
            }
        }
        OffsetDateTime deadline = null;
        if (registrationDeadline != null && !registrationDeadline.isBlank()) {
            try {
                deadline = EventTimes.at(LocalDateTime.parse(registrationDeadline.trim()), regionCode);
            } catch (DateTimeParseException e) {
                problems.add("registrationDeadline", "training.deadline.invalid");
            }
        }
        problems.throwIfAny();
        List<String> trainerList = trainers == null ? List.of() : trainers.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        List<String> targets = RegionChoice.codes(targetRegions);
        return new EventData(type, topic, description, programId, partnerAgencyIds, trainerList, mode, regionCode, venue, meetingLink,
                capacity, deadline, sessionList, targets, targetSectors, minSessions, passMark);
    }

    /** Where the form shows a violation of the service: on the region, session or target region row it names. */
    String fieldOf(InvalidInput.Violation v) {
        Object about = v.firstArg();
        switch (v.field()) {
            case "regionCode" -> {
                return "region";
            }
            case "targetRegionCodes" -> {
                return RegionChoice.rowOf("targetRegions", targetRegions, about);
            }
            case "sessions" -> {
                // "session 2" counts the sessions sent, which skip blank rows
                if (about instanceof Integer n && n >= 1 && n <= sessionRows.size()
                        && List.of("training.sessions.incomplete", "training.sessions.endBeforeStart").contains(v.code())) {
                    return "sessions[" + sessionRows.get(n - 1) + "].endsAt";
                }
                return "sessions";
            }
            default -> {
                return v.field();
            }
        }
    }

    /** One more empty row in a list ("sessions", "targetRegions"); anything else changes nothing. */
    @Override
    public void addRow(String list) {
        switch (list == null ? "" : list) {
            case "sessions" -> FormRows.add(sessions, SessionRow::new);
            case "targetRegions" -> FormRows.add(targetRegions, RegionChoice::new);
            default -> {
            }
        }
    }

    @Override
    public void removeRow(FormRows.Row row) {
        switch (row.list()) {
            case "sessions" -> FormRows.remove(sessions, row.index(), SessionRow::new);
            case "targetRegions" -> FormRows.remove(targetRegions, row.index(), RegionChoice::new);
            default -> {
            }
        }
    }

    static EventForm of(EventView e) {
        var form = new EventForm();
        var zone = EventTimes.zone(e.regionCode());
        form.version = e.version();
        form.type = e.type();
        form.topic = e.topic();
        form.description = e.description();
        form.programId = e.programId();
        form.partnerAgencyIds = new ArrayList<>(e.partners().stream().map(EventView.Partner::agencyId).toList());
        form.trainers = String.join("\n", e.trainers());
        form.mode = e.mode();
        form.region = RegionChoice.of(e.regionCode());
        form.venue = e.venue();
        form.meetingLink = e.meetingLink();
        form.capacity = e.capacity();
        form.registrationDeadline = e.registrationDeadline().atZoneSameInstant(zone).toLocalDateTime().toString();
        form.sessions = new ArrayList<>(e.sessions().stream().map(s -> SessionRow.of(s.startsAt().atZoneSameInstant(zone),
                s.endsAt().atZoneSameInstant(zone))).toList());
        form.targetRegions = new ArrayList<>(e.targetRegionCodes().stream().map(RegionChoice::of).toList());
        if (form.sessions.isEmpty()) {
            form.sessions.add(new SessionRow());
        }
        if (form.targetRegions.isEmpty()) {
            form.targetRegions.add(new RegionChoice());
        }
        form.targetSectors = e.targetSectors().isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(e.targetSectors());
        form.minSessions = e.minSessions();
        form.passMark = e.passMark();
        return form;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public List<Long> getPartnerAgencyIds() {
        return partnerAgencyIds;
    }

    public void setPartnerAgencyIds(List<Long> partnerAgencyIds) {
        this.partnerAgencyIds = partnerAgencyIds;
    }

    public String getTrainers() {
        return trainers;
    }

    public void setTrainers(String trainers) {
        this.trainers = trainers;
    }

    public EventMode getMode() {
        return mode;
    }

    public void setMode(EventMode mode) {
        this.mode = mode;
    }

    public RegionChoice getRegion() {
        return region;
    }

    public void setRegion(RegionChoice region) {
        this.region = region;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public void setMeetingLink(String meetingLink) {
        this.meetingLink = meetingLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(String registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionRow> sessions) {
        this.sessions = sessions;
    }

    public List<RegionChoice> getTargetRegions() {
        return targetRegions;
    }

    public void setTargetRegions(List<RegionChoice> targetRegions) {
        this.targetRegions = targetRegions;
    }

    public Set<Sector> getTargetSectors() {
        return targetSectors;
    }

    public void setTargetSectors(Set<Sector> targetSectors) {
        this.targetSectors = targetSectors;
    }

    public Integer getMinSessions() {
        return minSessions;
    }

    public void setMinSessions(Integer minSessions) {
        this.minSessions = minSessions;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }
}
