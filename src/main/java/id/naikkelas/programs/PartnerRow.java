package id.naikkelas.programs;

import java.time.LocalDate;

/** One row of the program form's partners: a registered agency and its MoU (number, dates, scope), all but the agency optional. */
class PartnerRow {

    private Long agencyId;
    private String role;
    private String mouNumber;
    private LocalDate mouSignedOn;
    private LocalDate mouExpiresOn;
    private String mouScope;

    static PartnerRow of(ProgramView.PartnerView partner) {
        var row = new PartnerRow();
        row.agencyId = partner.agencyId();
        row.role = partner.role();
        row.mouNumber = partner.mouNumber();
        row.mouSignedOn = partner.mouSignedOn();
        row.mouExpiresOn = partner.mouExpiresOn();
        row.mouScope = partner.mouScope();
        return row;
    }

    boolean isBlank() {
        return agencyId == null && blank(mouNumber) && mouSignedOn == null && mouExpiresOn == null && blank(mouScope);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getMouNumber() {
        return mouNumber;
    }

    public void setMouNumber(String mouNumber) {
        this.mouNumber = mouNumber;
    }

    public LocalDate getMouSignedOn() {
        return mouSignedOn;
    }

    public void setMouSignedOn(LocalDate mouSignedOn) {
        this.mouSignedOn = mouSignedOn;
    }

    public LocalDate getMouExpiresOn() {
        return mouExpiresOn;
    }

    public void setMouExpiresOn(LocalDate mouExpiresOn) {
        this.mouExpiresOn = mouExpiresOn;
    }

    public String getMouScope() {
        return mouScope;
    }

    public void setMouScope(String mouScope) {
        this.mouScope = mouScope;
    }
}
