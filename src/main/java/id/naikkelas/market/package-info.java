/**
 * Market access: the public catalogue of products their owners chose to publish ({@code /katalog}, no account), with
 * badges earned from permits valid on the day of reading ({@code market/badges.yml}, {@code BadgeRules}), product and
 * business pages to share (Open Graph, a printable QR card, a WhatsApp link when the owner gives a number), and the
 * owners' control of what is public ({@link id.naikkelas.market.Listings}). Products, permits and photos are read
 * through the registry's published views; nothing personal (NIK, address, owner) is ever shown.
 * <p>
 * Owns tables: catalogue_listing, catalogue_listing_word, catalogue_word, catalogue_business, market_buyer, market_inquiry, market_order, market_delivery, market_favourite.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market access")
package id.naikkelas.market;
