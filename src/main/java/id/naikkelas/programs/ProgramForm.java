package id.naikkelas.programs;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Agencies;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Sector;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The program form. Stages and partners are typed one per line, so a manager can paste them:
 * "Pelatihan; 30" or "Monitoring; 180; 30" (a visit every 30 days), and
 * "Universitas Palangka Raya; 012/MoU/2026; 2026-01-15; 2027-01-15; tenaga pendamping".
 */
class ProgramForm {
    private int version;
    private String name;
    private String description;
    private String regionCodes;
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    private Integer capacity;
    private Set<PermitType> targetPermits = EnumSet.noneOf(PermitType.class);
    private Facilitation facilitation = Facilitation.ONE_TO_ONE;
    private Integer caseloadCap;
    private Set<Sector> eligibleSectors = EnumSet.noneOf(Sector.class);
    private Set<BusinessScale> eligibleScales = EnumSet.noneOf(BusinessScale.class);
    private String stages;
    private String partners;

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRegionCodes() {
        return regionCodes;
    }

    public void setRegionCodes(String regionCodes) {
        this.regionCodes = regionCodes;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Set<PermitType> getTargetPermits() {
        return targetPermits;
    }

    public void setTargetPermits(Set<PermitType> targetPermits) {
        this.targetPermits = targetPermits;
    }

    public Facilitation getFacilitation() {
        return facilitation;
    }

    public void setFacilitation(Facilitation facilitation) {
        this.facilitation = facilitation;
    }

    public Integer getCaseloadCap() {
        return caseloadCap;
    }

    public void setCaseloadCap(Integer caseloadCap) {
        this.caseloadCap = caseloadCap;
    }

    public Set<Sector> getEligibleSectors() {
        return eligibleSectors;
    }

    public void setEligibleSectors(Set<Sector> eligibleSectors) {
        this.eligibleSectors = eligibleSectors;
    }

    public Set<BusinessScale> getEligibleScales() {
        return eligibleScales;
    }

    public void setEligibleScales(Set<BusinessScale> eligibleScales) {
        this.eligibleScales = eligibleScales;
    }

    public String getStages() {
        return stages;
    }

    public void setStages(String stages) {
        this.stages = stages;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    ProgramData toData(Agencies agencies) {
        var problems = new InvalidInput.Collector();
        var stageList = new ArrayList<ProgramData.Stage>();
        for (String line : lines(stages)) {
            String[] parts = line.split(";");
            try {
                stageList.add(new ProgramData.Stage(parts[0].trim(), Integer.parseInt(parts[1].trim()),
                        parts.length > 2 && !parts[2].isBlank() ? Integer.parseInt(parts[2].trim()) : null));
            } catch (RuntimeException e) {
                problems.add("stages", "programs.stages.line", line);
            }
        }
        var partnerList = new ArrayList<ProgramData.Partner>();
        for (String line : lines(partners)) {
            String[] parts = Arrays.copyOf(line.split(";"), 5);
            var agency = agencies.findByName(parts[0].trim());
            if (agency.isEmpty()) {
                problems.add("partners", "programs.partner.unknown", parts[0].trim());
                continue;
            }
            try {
                partnerList.add(new ProgramData.Partner(agency.get().id(), null, trim(parts[1]), date(parts[2]), trim(parts[4]), date(parts[3])));
            } catch (DateTimeParseException e) {
                problems.add("partners", "programs.partner.date", line);
            }
        }
        problems.throwIfAny();
        List<String> codes = id.naikkelas.reference.Region.codesIn(regionCodes);
        return new ProgramData(name, description, codes, startsOn, capacity, targetPermits, facilitation, caseloadCap,
                eligibleSectors, eligibleScales, stageList, partnerList);
    }

    static ProgramForm of(ProgramView p) {
        var form = new ProgramForm();
        form.version = p.version();
        form.name = p.name();
        form.description = p.description();
        form.regionCodes = String.join(", ", p.regionCodes());
        form.startsOn = p.startsOn();
        form.capacity = p.capacity();
        form.targetPermits = p.targetPermits().isEmpty() ? EnumSet.noneOf(PermitType.class) : EnumSet.copyOf(p.targetPermits());
        form.facilitation = p.facilitation();
        form.caseloadCap = p.caseloadCap();
        form.eligibleSectors = p.eligibleSectors().isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(p.eligibleSectors());
        form.eligibleScales = p.eligibleScales().isEmpty() ? EnumSet.noneOf(BusinessScale.class) : EnumSet.copyOf(p.eligibleScales());
        form.stages = String.join("\n", p.stages().stream()
                .map(s -> s.name() + "; " + s.durationDays() + (s.visitIntervalDays() == null ? "" : "; " + s.visitIntervalDays())).toList());
        form.partners = String.join("\n", p.partners().stream().map(x -> String.join("; ", x.agencyName(), nz(x.mouNumber()),
                x.mouSignedOn() == null ? "" : x.mouSignedOn().toString(), x.mouExpiresOn() == null ? "" : x.mouExpiresOn().toString(),
                nz(x.mouScope()))).toList());
        return form;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var date = LocalDate.parse(text.trim());
        if (!id.naikkelas.common.IsoDates.inRange(date)) {
            throw new DateTimeParseException("year outside 1 to 9999", text, 0);
        }
        return date;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
