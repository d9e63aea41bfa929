package id.naikkelas.assessment;

/** An applicable requirement answered NOT_MET: a finding the business must correct. */
record Deviation(String sectionCode, ChecklistItem item) {

    public DeviationClass deviationClass() {
        return item.deviationClass();
    }
}
