package id.naikkelas.registry;

public record ProductSearchRow(long id, String name, String brand, long businessId, String businessName, String regionCode) {
}
