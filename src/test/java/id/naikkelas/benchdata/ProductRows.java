package id.naikkelas.benchdata;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * Products (two per business on average), with the region copied from their business as the
 * registry does: food ones with their BPOM food category and P-IRT food type, crafts with a sector
 * category; a few no longer made (inactive).
 */
final class ProductRows {

    private ProductRows() {
    }

    static long write(World w, Connection connection) throws SQLException {
        var registry = w.registry();
        try (var copy = new CopyRows(connection, "product", "id, business_id, region_code, name, brand, food_category_code, "
                + "irt_food_type_code, sector_category, packaging, net_content, shelf_life_days, storage, ingredients, active, "
                + "created_at, updated_at")) {
            for (int k = 0; k < registry.products(); k++) {
                int business = registry.productBusiness[k];
                int kind = registry.productKind[k];
                SplittableRandom r = Rng.of(w.seed(), Rng.Stream.PRODUCT, 1L << 40 | k);
                var created = World.at(BusinessRows.min(w.businessCreated(business).plusDays(r.nextInt(30)), w.asOf()), 10, 0);
                copy.num(w.ids().of("product", k)).num(w.ids().of("business", business)).text(w.regionOfBusiness(business));
                if (RegistryPlan.isFood(kind)) {
                    var food = RegistryPlan.food(kind);
                    copy.text(food.variants() && r.nextBoolean() ? food.name() + " " + Rng.pick(r, Words.VARIANTS) : food.name())
                            .text(Rng.chance(r, 0.5) ? Rng.pick(r, Words.BRAND) : null).text(food.foodCategory()).text(food.irtType())
                            .text(null).text(food.packaging()).text(food.netContent()).num(food.shelfLifeDays()).text(food.storage())
                            .text(food.ingredients());
                } else {
                    var craft = RegistryPlan.craft(kind);
                    copy.text(craft.name()).text(Rng.chance(r, 0.3) ? Rng.pick(r, Words.BRAND) : null).text(null).text(null)
                            .text(craft.sectorCategory()).text(null).text(null).text(null).text("AMBIENT").text(null);
                }
                copy.bool(Rng.chance(r, 0.97)).time(created).time(created);
                copy.endRow();
            }
            return copy.finish();
        }
    }
}
