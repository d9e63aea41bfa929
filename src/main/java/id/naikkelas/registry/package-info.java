/**
 * The registry (pendataan): businesses, their owners, products and held permits; typo-tolerant search,
 * self-registration, verification and merging of duplicates. Owners' NIKs are sealed at rest
 * ({@link id.naikkelas.registry.NikVault}) and opened only here. Who may see which business is one rule,
 * {@code RegistryAccess}; other modules ask it through {@link id.naikkelas.registry.Businesses}
 * ({@code get}, {@code standing}, {@code requireVisible}, {@code visibleCondition}).
 * <p>
 * Owns tables: business, business_merge, business_source, business_word, owner, permit, product, product_photo, search_word.
 * Publishes views (read-only, for other modules): registry_business, registry_product, registry_business_activity, registry_permit, registry_catalogue_product, registry_product_photo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package id.naikkelas.registry;
