package id.naikkelas.assessment;

import java.util.Collection;

/** How many deviations of each class an inspection found: the input of the IRTP level rule. */
public record DeviationCounts(int minor, int major, int serious, int critical) {

    public static final DeviationCounts NONE = new DeviationCounts(0, 0, 0, 0);

    public DeviationCounts {
        if (minor < 0 || major < 0 || serious < 0 || critical < 0) {
            throw new IllegalArgumentException("deviation counts cannot be negative: "
                    + minor + "/" + major + "/" + serious + "/" + critical);
        }
    }

    public static DeviationCounts tally(Collection<DeviationClass> classes) {
        int[] counts = new int[DeviationClass.values().length];
        classes.forEach(deviationClass -> counts[deviationClass.ordinal()]++);
        return new DeviationCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    public int of(DeviationClass deviationClass) {
        return switch (deviationClass) {
            case MINOR -> minor;
            case MAJOR -> major;
            case SERIOUS -> serious;
            case CRITICAL -> critical;
        };
    }
}
