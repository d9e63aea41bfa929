package id.naikkelas.programs;

/** One row of the program form's stages: "Monitoring", 180 days, a visit every 30 days (the visits may be left out). */
class StageRow {

    private String name;
    private Integer durationDays;
    private Integer visitIntervalDays;

    static StageRow of(ProgramView.StageView stage) {
        var row = new StageRow();
        row.name = stage.name();
        row.durationDays = stage.durationDays();
        row.visitIntervalDays = stage.visitIntervalDays();
        return row;
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && durationDays == null && visitIntervalDays == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(Integer durationDays) {
        this.durationDays = durationDays;
    }

    public Integer getVisitIntervalDays() {
        return visitIntervalDays;
    }

    public void setVisitIntervalDays(Integer visitIntervalDays) {
        this.visitIntervalDays = visitIntervalDays;
    }
}
