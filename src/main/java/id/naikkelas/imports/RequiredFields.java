package id.naikkelas.imports;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which fields a line cannot do without. Each import (and each saved template) may say; by default what
 * the registry needs to know a business and its owner: business name, owner name, the owner's NIK and the
 * district. A field the list has no column for cannot be demanded of its lines unless the officer says so
 * (then the mapping asks for the column): a list without NIKs is not refused line by line.
 */
final class RequiredFields {

    static final Set<Field> DEFAULT = EnumSet.of(Field.BUSINESS_NAME, Field.OWNER_NAME, Field.NIK, Field.DISTRICT);

    private RequiredFields() {
    }

    /**
     * The mandatory fields of a job: those chosen ({@code null}: the default, limited to the fields mapped);
     * business name, owner name and the region are always mandatory (the registry cannot store a business without them).
     */
    static Set<Field> effective(Collection<Field> chosen, Map<Field, Integer> mapping) {
        var required = EnumSet.of(Field.BUSINESS_NAME, Field.OWNER_NAME, Field.DISTRICT);
        if (chosen == null) {
            DEFAULT.stream().filter(mapping::containsKey).forEach(required::add);
        } else {
            required.addAll(chosen);
        }
        required.removeIf(Field::neverRequired);
        return required;
    }

    /** Whether the mapping gives the field a column; the district is given by any region column. */
    static boolean mapped(Field field, Map<Field, Integer> mapping) {
        if (field == Field.DISTRICT) {
            return mapping.containsKey(Field.REGION_CODE) || mapping.containsKey(Field.DISTRICT) || mapping.containsKey(Field.VILLAGE);
        }
        return mapping.containsKey(field);
    }
}
