package id.naikkelas.identity;

import id.naikkelas.reference.Region;

/** The administrator's agency form; the jurisdiction is typed as region codes ("14.72, 14.03"). */
class AgencyForm {
    private Long id;
    private int version;
    private String name;
    private AgencyKind kind;
    private String regionCodes;
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
        form.regionCodes = String.join(", ", agency.regionCodes());
        form.address = agency.address();
        form.phone = agency.phone();
        form.email = agency.email();
        form.active = agency.active();
        return form;
    }

    Agencies.AgencyData toData() {
        return new Agencies.AgencyData(name, kind, Region.codesIn(regionCodes), address, phone, email, active);
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

    public String getRegionCodes() {
        return regionCodes;
    }

    public void setRegionCodes(String regionCodes) {
        this.regionCodes = regionCodes;
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
