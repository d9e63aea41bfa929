package id.naikkelas.identity;

import id.naikkelas.common.FormRows;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.RegionChoice;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The administrator's user form: a new account (with its first password) or changes to one. */
class UserForm implements FormRows.Editable {
    private Long id;
    private int version;
    private String username;
    private String fullName;
    private String email;
    private String phone;
    private String password;
    private Long agencyId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private List<RegionChoice> regions = RegionRows.blank();
    private boolean enabled = true;

    static UserForm of(UserView user) {
        var form = new UserForm();
        form.id = user.id();
        form.version = user.version();
        form.username = user.username();
        form.fullName = user.fullName();
        form.email = user.email();
        form.phone = user.phone();
        form.agencyId = user.agencyId();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.regions = RegionRows.of(user.regionCodes());
        form.enabled = user.enabled();
        return form;
    }

    Accounts.NewUser toNewUser() {
        return new Accounts.NewUser(username, fullName, email, phone, password, agencyId, roles, RegionRows.codes(regions));
    }

    Accounts.UserChange toChange() {
        return new Accounts.UserChange(fullName, email, phone, agencyId, roles, RegionRows.codes(regions), enabled, version);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public List<RegionChoice> getRegions() {
        return regions;
    }

    public void setRegions(List<RegionChoice> regions) {
        this.regions = regions;
    }

    /** Without script, "add a region" submits the form: it comes back with one more empty row, nothing saved. */
    @Override
    public void addRow(String list) {
        RegionRows.add(regions, list);
    }

    @Override
    public void removeRow(FormRows.Row row) {
        RegionRows.remove(regions, row);
    }

    /** Where the form shows a violation: a region's on its row. */
    String fieldOf(InvalidInput.Violation v) {
        return RegionRows.fieldOf(regions, v);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
