package id.naikkelas.reference;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds what the region picker shows for a chosen code. Any form includes it with
 * {@code th:replace="~{fragments/region :: picker(${@regionPicker.state('regionCode', code)})}"}.
 */
@Component("regionPicker")
public class RegionPicker {

    private final Regions regions;

    RegionPicker(Regions regions) {
        this.regions = regions;
    }

    public State state(String field, String chosenCode) {
        return state(field, "", chosenCode);
    }

    /**
     * The picker of one row of a list of regions, e.g. {@code row("targetRegions", 2, code)}: its value is
     * {@code targetRegions[2].code} and its selects {@code targetRegions[2].province}, ... so that a form binding a
     * list of {@link RegionChoice} reads each row's choice, also when no script re-rendered the picker.
     */
    public State row(String list, int index, String chosenCode) {
        String row = list + "[" + index + "].";
        return state(row + "code", row, chosenCode);
    }

    /** The picker of a form's {@link RegionChoice} property, e.g. {@code choice("region", code)}: selects {@code region.province}, ... */
    public State choice(String property, String chosenCode) {
        return state(property + ".code", property + ".", chosenCode);
    }

    State state(String field, String prefix, String chosenCode) {
        var path = chosenCode == null ? List.<Region>of() : regions.path(chosenCode);
        var levels = new ArrayList<LevelChoice>();
        String parent = null;
        for (Region.Level level : Region.Level.values()) {
            var options = regions.children(parent);
            if (options.isEmpty() && level != Region.Level.PROVINCE) {
                break;
            }
            String selected = path.size() > level.ordinal() ? path.get(level.ordinal()).code() : null;
            levels.add(new LevelChoice(level.name().toLowerCase(), options, selected));
            if (selected == null) {
                break;
            }
            parent = selected;
        }
        String value = path.isEmpty() ? "" : path.get(path.size() - 1).code();
        return new State(field, prefix, value, levels);
    }

    /** @param prefix put before each select's name ("province", ...); empty for a form's single picker */
    public record State(String field, String prefix, String value, List<LevelChoice> levels) {
    }

    public record LevelChoice(String level, List<Region> options, String selected) {
    }
}
