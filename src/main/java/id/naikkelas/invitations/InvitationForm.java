package id.naikkelas.invitations;

import id.naikkelas.common.FormRows;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.identity.Role;
import id.naikkelas.reference.RegionChoice;

import java.util.ArrayList;
import java.util.List;

/** The manager's invitation form: who, for which agency and role, where, and how they get in (link or temporary password). */
class InvitationForm implements FormRows.Editable {

    static final String REGIONS = "regions";

    private String username;
    private String fullName;
    private String email;
    private String phone;
    private Long agencyId;
    private Role role;
    private List<RegionChoice> regions = new ArrayList<>(List.of(new RegionChoice()));
    private boolean withPassword;
    private String temporaryPassword;

    Invitations.Request toRequest() {
        return new Invitations.Request(username, fullName, email, phone, agencyId, role, RegionChoice.codes(regions),
                withPassword ? (temporaryPassword == null || temporaryPassword.isEmpty() ? "" : temporaryPassword) : null);
    }

    @Override
    public void addRow(String list) {
        if (REGIONS.equals(list)) {
            FormRows.add(regions, RegionChoice::new);
        }
    }

    @Override
    public void removeRow(FormRows.Row row) {
        if (REGIONS.equals(row.list())) {
            FormRows.remove(regions, row.index(), RegionChoice::new);
        }
    }

    /** A region's complaint shows on its row; a temporary password left empty where one was asked for, on the password. */
    String fieldOf(InvalidInput.Violation v) {
        return "regionCodes".equals(v.field()) ? RegionChoice.rowOf(REGIONS, regions, v.firstArg()) : v.field();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<RegionChoice> getRegions() {
        return regions;
    }

    public void setRegions(List<RegionChoice> regions) {
        this.regions = regions;
    }

    public boolean isWithPassword() {
        return withPassword;
    }

    public void setWithPassword(boolean withPassword) {
        this.withPassword = withPassword;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
