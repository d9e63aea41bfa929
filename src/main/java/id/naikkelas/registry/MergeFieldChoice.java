package id.naikkelas.registry;

import java.util.List;

/** The fields an officer chooses between when merging two businesses, with the columns each one stands for. */
enum MergeFieldChoice {
    name("name"), legalForm("legal_form"), nib("nib"), npwp("npwp"), kbliCodes("kbli_codes"), sector("sector"),
    address("address"), regionCode("region_code"), location("latitude", "longitude"), workers("workers"),
    foundedYear("founded_year"), capital("capital"), annualSales("annual_sales"), premises("premises"),
    equipment("equipment"), productionSites("production_sites"), outlets("outlets"), kind("kind"),
    menuItems("menu_items"), contactPhone("contact_phone"), owner("owner_id");

    final List<String> columns;

    MergeFieldChoice(String... columns) {
        this.columns = List.of(columns);
    }

    static MergeFieldChoice parse(String name) {
        for (var f : values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
