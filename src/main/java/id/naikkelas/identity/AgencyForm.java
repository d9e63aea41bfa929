package id.naikkelas.identity;

import id.naikkelas.common.FormRows;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.RegionChoice;

import java.util.List;

/** The administrator's agency form; the jurisdiction as rows of the cascading region picker. */
class AgencyForm implements FormRows.Editable {
    private Long id;
    private int version;
    private String name;
    private AgencyKind kind;
    private List<RegionChoice> regions = RegionRows.blank();
    private String address;
    private String phone;
    private String email;
    private boolean active = true;

    static AgencyForm of(Agencies.Agency agency) {
        var form = new AgencyForm();
        form.id = agency.id();
        form.version = agency.version();
        form.name = agency.name();
        form.kind = agency.kind();
        form.regions = RegionRows.of(agency.regionCodes());
        form.address = agency.address();
        form.phone = agency.phone();
        form.email = agency.email();
        form.active = agency.active();
        return form;
    }

    Agencies.AgencyData toData() {
        return new Agencies.AgencyData(name, kind, RegionRows.codes(regions), address, phone, email, active);
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
