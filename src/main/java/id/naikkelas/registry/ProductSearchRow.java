package id.naikkelas.registry;

record ProductSearchRow(long id, String name, String brand, long businessId, String businessName, String regionCode) {
}
