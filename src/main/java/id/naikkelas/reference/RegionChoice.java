package id.naikkelas.reference;

/**
 * One region chosen with the cascading picker, as a form binds it (one per row of a list of regions, see
 * {@link RegionPicker#row}). The picker sends its value ({@code code}) and what each of its selects holds: the selects
 * are what the person sees, also when no script re-rendered the picker after a change, so they decide.
 */
public class RegionChoice {

    private String code;
    private String province;
    private String regency;
    private String district;
    private String village;

    public static RegionChoice of(String code) {
        var choice = new RegionChoice();
        choice.code = code;
        return choice;
    }

    /**
     * The deepest region chosen: from the selects when the form sent them, else the code as sent (a client that posts
     * codes); null when none.
     */
    public String chosen() {
        if (province != null) {
            return deepest(province, regency, district, village);
        }
        return code == null || code.isBlank() ? null : code.trim();
    }

    /** The deepest consistent choice, province first: a child only counts while it still belongs to its parent. */
    static String deepest(String province, String regency, String district, String village) {
        String chosen = null;
        for (String code : new String[] {province, regency, district, village}) {
            if (code == null || code.isBlank()) {
                break;
            }
            if (chosen != null && !code.startsWith(chosen + ".")) {
                break;
            }
            chosen = code;
        }
        return chosen;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getRegency() {
        return regency;
    }

    public void setRegency(String regency) {
        this.regency = regency;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }
}
