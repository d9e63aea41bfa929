/**
 * Market access: the public catalogue of products their owners chose to publish ({@code /katalog}, no account), with
 * badges earned from permits valid on the day of reading ({@code market/badges.yml}, {@code BadgeRules}), product and
 * business pages to share (Open Graph, a printable QR card, a WhatsApp link when the owner gives a number), and the
 * owners' control of what is public ({@link id.naikkelas.market.Listings}). Agencies curate it (ADR 0022): featured
 * products, collections and market events with their UMKM, each shown only while its products are public and its
 * businesses in the agency's jurisdiction. Products, permits and photos are read
 * through the registry's published views; nothing personal (NIK, address, owner) is ever shown.
 * <p>
 * Owns tables: catalogue_listing, catalogue_business, market_buyer, market_inquiry, market_order, market_delivery, market_favourite, market_featured, market_collection, market_collection_item, market_event, market_event_participant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market access")
package id.naikkelas.market;
