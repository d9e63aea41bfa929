package id.naikkelas.programs;

import id.naikkelas.common.FormRows;
import id.naikkelas.common.InvalidInput;
import id.naikkelas.reference.RegionChoice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The MoU scope form: regions (one picker per row) and the activities it covers. */
class MouForm implements FormRows.Editable {

    static final String REGIONS = "regions";

    private int version;
    private List<RegionChoice> regions = new ArrayList<>(List.of(new RegionChoice()));
    private Set<MouTerms.Activity> activities = EnumSet.noneOf(MouTerms.Activity.class);

    static MouForm of(PartnerMous.MouView mou) {
        var form = new MouForm();
        form.version = mou.version();
        if (!mou.regionCodes().isEmpty()) {
            form.regions = new ArrayList<>(mou.regionCodes().stream().map(RegionChoice::of).toList());
        }
        form.activities = mou.activities().isEmpty() ? EnumSet.noneOf(MouTerms.Activity.class) : EnumSet.copyOf(mou.activities());
        return form;
    }

    PartnerMous.Scope toScope() {
        return new PartnerMous.Scope(RegionChoice.codes(regions), activities);
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

    String fieldOf(InvalidInput.Violation v) {
        return "regionCodes".equals(v.field()) ? RegionChoice.rowOf(REGIONS, regions, v.firstArg()) : v.field();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<RegionChoice> getRegions() {
        return regions;
    }

    public void setRegions(List<RegionChoice> regions) {
        this.regions = regions;
    }

    public Set<MouTerms.Activity> getActivities() {
        return activities;
    }

    public void setActivities(Set<MouTerms.Activity> activities) {
        this.activities = activities;
    }
}
