package id.naikkelas.programs;

import id.naikkelas.common.FormRows;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.RegionChoice;
import id.naikkelas.registry.BusinessScale;
import id.naikkelas.registry.PermitType;
import id.naikkelas.registry.Sector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The program form. Regions, stages and partners are repeatable rows, bound as {@code stages[0].name}; blank rows are
 * left out. What a row breaks is named on the row's field, so the manager sees it where it was typed.
 */
class ProgramForm implements FormRows.Editable {
    private int version;
    private String name;
    private String description;
    private List<RegionChoice> regions = new ArrayList<>(List.of(new RegionChoice()));
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    private Integer capacity;
    private Set<PermitType> targetPermits = EnumSet.noneOf(PermitType.class);
    private Facilitation facilitation = Facilitation.ONE_TO_ONE;
    private Integer caseloadCap;
    private Set<Sector> eligibleSectors = EnumSet.noneOf(Sector.class);
    private Set<BusinessScale> eligibleScales = EnumSet.noneOf(BusinessScale.class);
    private List<StageRow> stages = new ArrayList<>(List.of(new StageRow()));
    private List<PartnerRow> partners = new ArrayList<>(List.of(new PartnerRow()));

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

    public List<RegionChoice> getRegions() {
        return regions;
    }

    public void setRegions(List<RegionChoice> regions) {
        this.regions = regions;
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

    public List<StageRow> getStages() {
        return stages;
    }

    public void setStages(List<StageRow> stages) {
        this.stages = stages;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerRow> partners) {
        this.partners = partners;
    }

    /** One more empty row in a list ("regions", "stages", "partners"); anything else changes nothing. */
    @Override
    public void addRow(String list) {
        switch (list == null ? "" : list) {
            case "regions" -> FormRows.add(regions, RegionChoice::new);
            case "stages" -> FormRows.add(stages, StageRow::new);
            case "partners" -> FormRows.add(partners, PartnerRow::new);
            default -> {
            }
        }
    }

    @Override
    public void removeRow(FormRows.Row row) {
        switch (row.list()) {
            case "regions" -> FormRows.remove(regions, row.index(), RegionChoice::new);
            case "stages" -> FormRows.remove(stages, row.index(), StageRow::new);
            case "partners" -> FormRows.remove(partners, row.index(), PartnerRow::new);
            default -> {
            }
        }
    }

    /** The program as the service takes it; a row's own problems are refused here, on the row's fields. */
    ProgramData toData() {
        var problems = new InvalidInput.Collector();
        var stageList = new ArrayList<ProgramData.Stage>();
        for (int i = 0; i < stages.size(); i++) {
            var row = stages.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "stages[" + i + "].";
            if (row.getName() == null || row.getName().isBlank()) {
                problems.add(at + "name", "field.required");
            }
            if (row.getDurationDays() == null) {
                problems.add(at + "durationDays", "field.required");
            } else if (row.getDurationDays() < 1) {
                problems.add(at + "durationDays", "programs.stage.days.positive");
            } else if (row.getVisitIntervalDays() != null && (row.getVisitIntervalDays() < 1 || row.getVisitIntervalDays() > row.getDurationDays())) {
                problems.add(at + "visitIntervalDays", "programs.stage.interval.range", row.getDurationDays());
            }
            if (row.getName() != null && !row.getName().isBlank() && row.getDurationDays() != null) {
                stageList.add(new ProgramData.Stage(row.getName().trim(), row.getDurationDays(), row.getVisitIntervalDays()));
            }
        }
        var partnerList = new ArrayList<ProgramData.Partner>();
        var agencies = new HashSet<Long>();
        for (int i = 0; i < partners.size(); i++) {
            var row = partners.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "partners[" + i + "].";
            if (row.getAgencyId() == null) {
                problems.add(at + "agencyId", "programs.partner.required");
                continue;
            }
            if (!agencies.add(row.getAgencyId())) {
                problems.add(at + "agencyId", "programs.partner.twice");
                continue;
            }
            partnerList.add(new ProgramData.Partner(row.getAgencyId(), trim(row.getRole()), trim(row.getMouNumber()), row.getMouSignedOn(),
                    trim(row.getMouScope()), row.getMouExpiresOn()));
        }
        problems.throwIfAny();
        return new ProgramData(name, description, regionCodes(), startsOn, capacity, targetPermits, facilitation, caseloadCap,
                eligibleSectors, eligibleScales, stageList, partnerList);
    }

    private List<String> regionCodes() {
        return RegionChoice.codes(regions);
    }

    /**
     * Where the form shows a violation of the service: on the row it is about (the region, stage or partner it names),
     * else on the list as a whole.
     */
    String fieldOf(InvalidInput.Violation v) {
        Object about = v.firstArg();
        switch (v.field()) {
            case "regionCodes" -> {
                return RegionChoice.rowOf("regions", regions, about);
            }
            case "stages" -> {
                for (int i = 0; i < stages.size(); i++) {
                    if (stages.get(i) != null && about != null && about.equals(trim(stages.get(i).getName()))) {
                        return "stages[" + i + "].name";
                    }
                }
                return "stages";
            }
            case "partners" -> {
                for (int i = 0; i < partners.size(); i++) {
                    if (partners.get(i) != null && about != null && about.equals(partners.get(i).getAgencyId())) {
                        return "partners[" + i + "].agencyId";
                    }
                }
                return "partners";
            }
            default -> {
                return v.field();
            }
        }
    }

    static ProgramForm of(ProgramView p) {
        var form = new ProgramForm();
        form.version = p.version();
        form.name = p.name();
        form.description = p.description();
        form.regions = new ArrayList<>(p.regionCodes().stream().map(RegionChoice::of).toList());
        form.startsOn = p.startsOn();
        form.capacity = p.capacity();
        form.targetPermits = p.targetPermits().isEmpty() ? EnumSet.noneOf(PermitType.class) : EnumSet.copyOf(p.targetPermits());
        form.facilitation = p.facilitation();
        form.caseloadCap = p.caseloadCap();
        form.eligibleSectors = p.eligibleSectors().isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(p.eligibleSectors());
        form.eligibleScales = p.eligibleScales().isEmpty() ? EnumSet.noneOf(BusinessScale.class) : EnumSet.copyOf(p.eligibleScales());
        form.stages = new ArrayList<>(p.stages().stream().map(StageRow::of).toList());
        form.partners = new ArrayList<>(p.partners().stream().map(PartnerRow::of).toList());
        // a list without rows still shows one empty row to type into, as on a new program
        if (form.partners.isEmpty()) {
            form.partners.add(new PartnerRow());
        }
        if (form.regions.isEmpty()) {
            form.regions.add(new RegionChoice());
        }
        if (form.stages.isEmpty()) {
            form.stages.add(new StageRow());
        }
        return form;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
