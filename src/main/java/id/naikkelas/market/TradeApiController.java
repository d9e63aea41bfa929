package id.naikkelas.market;

import id.naikkelas.common.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Buyers' and owners' side of trade as JSON: a buyer's profile, inquiries, orders and received deliveries under
 * {@code /api/v1/buyer}; an owner's inbox, answers and sent deliveries under {@code /api/v1/listings}. Every change
 * carries the version read as {@code If-Match}; someone else's record answers 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Trade", description = "Buyers' inquiries to UMKM owners, weekly supply orders and their deliveries (a record, not payments)")
class TradeApiController {

    private static final String IF_MATCH = "If-Match";

    private final Trade trade;
    private final Buyers buyers;
    private final SupplyOrders orders;

    TradeApiController(Trade trade, Buyers buyers, SupplyOrders orders) {
        this.trade = trade;
        this.buyers = buyers;
        this.orders = orders;
    }

    @GetMapping("/buyer/profile")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "The caller's buyer organisation and whether an officer verified it (404 before it is filled in)")
    ResponseEntity<BuyerRow> profile() {
        var mine = buyers.mine();
        if (mine == null) {
            throw new id.naikkelas.common.NotFound("buyer", 0);
        }
        return ResponseEntity.ok().eTag(IfMatch.etag(mine.version())).body(mine);
    }

    @PutMapping("/buyer/profile")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "Fill in or change the buyer organisation (If-Match \"0\" the first time); a new name or region needs a new verification")
    ResponseEntity<BuyerRow> saveProfile(@RequestHeader(value = IF_MATCH, required = false) String ifMatch, @RequestBody BuyerForm form) {
        buyers.saveMine(IfMatch.version(ifMatch), form);
        var mine = buyers.mine();
        return ResponseEntity.ok().eTag(IfMatch.etag(mine.version())).body(mine);
    }

    @GetMapping("/buyer/inquiries")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "The caller's inquiries, newest first (at most 100)")
    List<InquiryView> inquiries() {
        return trade.myInquiries();
    }

    @PostMapping("/buyer/products/{productId}/inquiries")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "Ask the owner of a published product for a quantity, delivered on a date at a place (verified buyers only)")
    ResponseEntity<InquiryView> send(@PathVariable long productId, @RequestBody InquiryForm form) {
        var view = trade.myInquiry(trade.send(productId, form));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/buyer/inquiries/{id}")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "One of the caller's inquiries with the owner's answer")
    ResponseEntity<InquiryView> inquiry(@PathVariable long id) {
        var view = trade.myInquiry(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PostMapping("/buyer/inquiries/{id}/order")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "Turn an accepted inquiry into a weekly supply order from startsOn to endsOn; If-Match is the inquiry's version")
    ResponseEntity<OrderView> order(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                    @RequestBody OrderForm form) {
        long orderId = trade.order(id, IfMatch.version(ifMatch), form);
        var view = trade.myOrders().stream().filter(o -> o.id() == orderId).findFirst().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(view);
    }

    @GetMapping("/buyer/orders")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "The caller's supply orders with every delivery")
    List<OrderView> orders() {
        return trade.myOrders();
    }

    @GetMapping("/buyer/orders/{id}")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "One of the caller's supply orders with its deliveries and open change request; the ETag is the order's version")
    ResponseEntity<OrderView> order(@PathVariable long id) {
        return withEtag(orders.buyers(id));
    }

    @PostMapping("/buyer/orders/{id}/change-request")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "Ask the owner to change the order's terms (quantity per delivery, weekday 1-7, end date, place, note); "
            + "the order runs unchanged until the owner accepts. If-Match is the order's version")
    ResponseEntity<OrderView> requestChange(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody OrderChangeForm form) {
        orders.requestChange(id, IfMatch.version(ifMatch), form);
        var view = orders.buyers(id);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(view.version())).body(view);
    }

    @PostMapping("/buyer/orders/{id}/cancellation")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "Cancel one's own order with a reason: deliveries not yet sent are cancelled, the rest stay. If-Match is the order's version")
    ResponseEntity<OrderView> cancelAsBuyer(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody ReasonForm form) {
        orders.cancel(id, IfMatch.version(ifMatch), form);
        return withEtag(orders.buyers(id));
    }

    @PostMapping("/buyer/deliveries/{id}/received")
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "Mark a delivery of one's own order as received, once the owner marked it sent; If-Match is the delivery's version")
    ResponseEntity<Void> received(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        trade.markReceived(id, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/listings/inquiries")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Inquiries to the caller's businesses, unanswered first")
    List<InquiryView> inbox() {
        return trade.inbox();
    }

    @GetMapping("/listings/inquiries/{id}")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "One inquiry to the caller's businesses")
    ResponseEntity<InquiryView> received(@PathVariable long id) {
        var view = trade.received(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PutMapping("/listings/inquiries/{id}/answer")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Accept with a price per unit and conditions, or decline with a reason; If-Match is the inquiry's version")
    ResponseEntity<InquiryView> answer(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @RequestBody AnswerForm form) {
        trade.answer(id, IfMatch.version(ifMatch), form);
        var view = trade.received(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/listings/orders")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Supply orders to the caller's businesses with every delivery")
    List<OrderView> ownerOrders() {
        return trade.ownerOrders();
    }

    @PostMapping("/listings/deliveries/{id}/sent")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Mark a planned delivery of an order to one's business as sent, from the day before it is due; If-Match is the delivery's version")
    ResponseEntity<Void> sent(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        trade.markSent(id, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/listings/deliveries/{id}/not-delivered")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Record that a planned delivery due today or earlier was not delivered, with the reason the buyer reads; "
            + "If-Match is the delivery's version")
    ResponseEntity<Void> notDelivered(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @RequestBody ReasonForm form) {
        trade.markNotDelivered(id, IfMatch.version(ifMatch), form);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/listings/orders/{id}")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "One supply order to the caller's businesses with its deliveries and open change request; the ETag is the order's version")
    ResponseEntity<OrderView> ownersOrder(@PathVariable long id) {
        return withEtag(orders.owners(id));
    }

    @PutMapping("/listings/orders/{id}/change-request")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Accept the buyer's change request (deliveries not yet sent take the new terms) or decline it with a reason; "
            + "If-Match is the order's version")
    ResponseEntity<OrderView> answerChange(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody ChangeAnswerForm form) {
        orders.answerChange(id, IfMatch.version(ifMatch), form);
        return withEtag(orders.owners(id));
    }

    @PostMapping("/listings/orders/{id}/cancellation")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Cancel an order to one's business with a reason: deliveries not yet sent are cancelled, the rest stay. "
            + "If-Match is the order's version")
    ResponseEntity<OrderView> cancelAsOwner(@PathVariable long id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody ReasonForm form) {
        orders.cancel(id, IfMatch.version(ifMatch), form);
        return withEtag(orders.owners(id));
    }

    private static ResponseEntity<OrderView> withEtag(OrderView view) {
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
