package id.naikkelas.training;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.Region;
import id.naikkelas.registry.Sector;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The event form. Sessions are typed one per line as "2027-01-20 09:00-12:00" in the local time of
 * the event's region (WIB, WITA or WIT); the deadline is a date-time picker in the same zone.
 */
class EventForm {

    private static final Pattern SESSION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2}[.:]\\d{2})\\s*[-–]\\s*(\\d{1,2}[.:]\\d{2})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private Integer version = 0;
    private EventType type;
    private String topic;
    private String description;
    private Long programId;
    private List<Long> partnerAgencyIds = new ArrayList<>();
    private String trainers;
    private EventMode mode;
    private String regionCode;
    private String venue;
    private String meetingLink;
    private Integer capacity;
    private String registrationDeadline;
    private String sessions;
    private String targetRegionCodes;
    private Set<Sector> targetSectors = EnumSet.noneOf(Sector.class);
    private Integer minSessions;
    private Integer passMark;

    EventData toData() {
        var problems = new InvalidInput.Collector();
        var sessionList = new ArrayList<EventData.Session>();
        for (String line : sessions == null ? List.<String>of() : sessions.lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
            var m = SESSION.matcher(line);
            try {
                if (!m.matches()) {
                    throw new DateTimeParseException(line, line, 0);
                }
                var day = LocalDate.parse(m.group(1));
                var start = EventTimes.at(day.atTime(LocalTime.parse(m.group(2).replace('.', ':'), TIME)), regionCode);
                var end = EventTimes.at(day.atTime(LocalTime.parse(m.group(3).replace('.', ':'), TIME)), regionCode);
                sessionList.add(new EventData.Session(start, end));
            } catch (DateTimeParseException e) {
                problems.add("sessions", "training.sessions.line", line);
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
        return new EventData(type, topic, description, programId, partnerAgencyIds, trainerList, mode,
                regionCode == null ? null : regionCode.trim(), venue, meetingLink, capacity, deadline, sessionList,
                Region.codesIn(targetRegionCodes), targetSectors, minSessions, passMark);
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
        form.regionCode = e.regionCode();
        form.venue = e.venue();
        form.meetingLink = e.meetingLink();
        form.capacity = e.capacity();
        form.registrationDeadline = e.registrationDeadline().atZoneSameInstant(zone).toLocalDateTime().toString();
        form.sessions = String.join("\n", e.sessions().stream().map(s -> s.startsAt().atZoneSameInstant(zone).toLocalDate() + " "
                + s.startsAt().atZoneSameInstant(zone).format(TIME) + "-" + s.endsAt().atZoneSameInstant(zone).format(TIME)).toList());
        form.targetRegionCodes = String.join(", ", e.targetRegionCodes());
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

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
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

    public String getSessions() {
        return sessions;
    }

    public void setSessions(String sessions) {
        this.sessions = sessions;
    }

    public String getTargetRegionCodes() {
        return targetRegionCodes;
    }

    public void setTargetRegionCodes(String targetRegionCodes) {
        this.targetRegionCodes = targetRegionCodes;
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
