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
        return new State(field, value, levels);
    }

    public record State(String field, String value, List<LevelChoice> levels) {
    }

    public record LevelChoice(String level, List<Region> options, String selected) {
    }
}
