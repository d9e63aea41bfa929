package id.naikkelas.registry;

import id.naikkelas.common.InvalidInput;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The business form as people fill it in: amounts as typed ("Rp 1.500.000"), KBLI codes comma-separated. */
public class BusinessForm {
    private int version;
    private String name;
    private LegalForm legalForm = LegalForm.PERORANGAN;
    private String nib;
    private String npwp;
    private String kbliCodes;
    private Sector sector;
    private String address;
    private String regionCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Integer workers;
    private Integer foundedYear;
    private String capital;
    private String annualSales;
    private Premises premises;
    private Equipment equipment;
    private Integer productionSites;
    private Integer outlets;
    private BusinessKind kind;
    private Integer menuItems;
    private String notes;
    private OwnerForm owner = new OwnerForm();

    /** The officer saw the registered businesses this one may be and says it is another (issue 16). */
    private boolean notADuplicate;

    public boolean isNotADuplicate() {
        return notADuplicate;
    }

    public void setNotADuplicate(boolean notADuplicate) {
        this.notADuplicate = notADuplicate;
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

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public String getNib() {
        return nib;
    }

    public void setNib(String nib) {
        this.nib = nib;
    }

    public String getNpwp() {
        return npwp;
    }

    public void setNpwp(String npwp) {
        this.npwp = npwp;
    }

    public String getKbliCodes() {
        return kbliCodes;
    }

    public void setKbliCodes(String kbliCodes) {
        this.kbliCodes = kbliCodes;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public Integer getWorkers() {
        return workers;
    }

    public void setWorkers(Integer workers) {
        this.workers = workers;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public void setFoundedYear(Integer foundedYear) {
        this.foundedYear = foundedYear;
    }

    public String getCapital() {
        return capital;
    }

    public void setCapital(String capital) {
        this.capital = capital;
    }

    public String getAnnualSales() {
        return annualSales;
    }

    public void setAnnualSales(String annualSales) {
        this.annualSales = annualSales;
    }

    public Premises getPremises() {
        return premises;
    }

    public void setPremises(Premises premises) {
        this.premises = premises;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public void setEquipment(Equipment equipment) {
        this.equipment = equipment;
    }

    public Integer getProductionSites() {
        return productionSites;
    }

    public void setProductionSites(Integer productionSites) {
        this.productionSites = productionSites;
    }

    public Integer getOutlets() {
        return outlets;
    }

    public void setOutlets(Integer outlets) {
        this.outlets = outlets;
    }

    public BusinessKind getKind() {
        return kind;
    }

    public void setKind(BusinessKind kind) {
        this.kind = kind;
    }

    public Integer getMenuItems() {
        return menuItems;
    }

    public void setMenuItems(Integer menuItems) {
        this.menuItems = menuItems;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public OwnerForm getOwner() {
        return owner;
    }

    public void setOwner(OwnerForm owner) {
        this.owner = owner;
    }

    BusinessData toData() {
        var problems = new InvalidInput.Collector();
        BigDecimal capitalValue = Amounts.parse(capital, "capital", problems);
        BigDecimal salesValue = Amounts.parse(annualSales, "annualSales", problems);
        problems.throwIfAny();
        List<String> kbli = kbliCodes == null ? List.of() : Arrays.stream(kbliCodes.split("[,;\\s]+")).filter(c -> !c.isBlank()).toList();
        return new BusinessData(name, legalForm, nib, npwp, kbli, sector, address, regionCode, latitude, longitude, workers,
                foundedYear, capitalValue, salesValue, premises, equipment, productionSites, outlets,
                new BusinessData.OwnerData(owner.getFullName(), owner.getNik(), owner.getGender(), owner.getPhone(), owner.getEmail()),
                kind, menuItems, notes);
    }

    static BusinessForm of(BusinessData d, int version) {
        var form = new BusinessForm();
        form.version = version;
        form.name = d.name();
        form.legalForm = d.legalForm();
        form.nib = d.nib();
        form.npwp = d.npwp();
        form.kbliCodes = String.join(", ", d.kbliCodes());
        form.sector = d.sector();
        form.address = d.address();
        form.regionCode = d.regionCode();
        form.latitude = d.latitude();
        form.longitude = d.longitude();
        form.workers = d.workers();
        form.foundedYear = d.foundedYear();
        form.capital = d.capital() == null ? null : d.capital().toPlainString();
        form.annualSales = d.annualSales() == null ? null : d.annualSales().toPlainString();
        form.premises = d.premises();
        form.equipment = d.equipment();
        form.productionSites = d.productionSites();
        form.outlets = d.outlets();
        form.kind = d.kind();
        form.menuItems = d.menuItems();
        form.notes = d.notes();
        form.owner.setFullName(d.owner().fullName());
        form.owner.setNik(d.owner().nik());
        form.owner.setGender(d.owner().gender());
        form.owner.setPhone(d.owner().phone());
        form.owner.setEmail(d.owner().email());
        return form;
    }
}
