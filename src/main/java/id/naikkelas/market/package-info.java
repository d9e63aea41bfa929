/**
 * Market access: the public catalogue of products their owners chose to publish ({@code /katalog}, no account), with
 * badges earned from permits valid on the day of reading ({@code market/badges.yml}, {@code BadgeRules}), product and
 * business pages to share (Open Graph, a printable QR card, a WhatsApp link when the owner gives a number), and the
 * owners' control of what is public ({@link id.naikkelas.market.Listings}). Agencies curate it (ADR 0022): featured
 * products, collections and market events with their UMKM, each shown only while its products are public and its
 * businesses in the agency's jurisdiction. Owners of verified businesses ask to take part in the open events of those
 * agencies and the curators accept or decline ({@link id.naikkelas.market.JoinRequests}, {@code JoinRule}, ADR 0031). Products, permits and photos are read
 * through the registry's published views; nothing personal (NIK, address, owner) is ever shown.
 * <p>
 * Trade (ADR 0020, 0023): buyer organisations register themselves ({@code /pembeli/daftar},
 * {@link id.naikkelas.market.BuyerRegistration}) and are verified or refused by an officer of their regency; verified
 * buyers send inquiries, turn accepted ones into weekly supply orders, ask for changes the owner accepts or declines
 * ({@link id.naikkelas.market.SupplyOrders}), and either side cancels; deliveries follow the table of
 * {@link id.naikkelas.market.DeliveryStep}. A record of what was delivered, not payments.
 * <p>
 * Owns tables: catalogue_listing, catalogue_listing_word, catalogue_word, catalogue_business, market_buyer, market_inquiry, market_order, market_delivery, market_favourite, market_order_change, market_featured, market_collection, market_collection_item, market_event, market_event_participant, market_event_request.
 * Publishes views (read-only, for other modules): market_listing_status, market_inquiry_status, market_order_status, market_delivery_status, market_buyer_status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market access")
package id.naikkelas.market;
