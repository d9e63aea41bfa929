package id.naikkelas.reference;

import java.util.List;
import java.util.Objects;

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

    /** The regions chosen in a list of rows, in row order; empty rows left out, a region picked twice counted once. */
    public static List<String> codes(List<RegionChoice> rows) {
        return rows == null ? List.of()
                : rows.stream().filter(Objects::nonNull).map(RegionChoice::chosen).filter(Objects::nonNull).distinct().toList();
    }

    /** Where a complaint about region {@code code} shows: the row of {@code list} that holds it, else the list. */
    public static String rowOf(String list, List<RegionChoice> rows, Object code) {
        for (int i = 0; rows != null && code != null && i < rows.size(); i++) {
            if (rows.get(i) != null && code.equals(rows.get(i).chosen())) {
                return list + "[" + i + "]";
            }
        }
        return list;
    }

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
