package id.naikkelas.market;

import id.naikkelas.common.EditConflict;
import id.naikkelas.common.Forms;
import id.naikkelas.common.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A buyer's pages: their home with inquiries, orders and next deliveries; asking for a product; ordering weekly. */
@Controller
@PreAuthorize("hasRole('BUYER')")
class BuyerController {

    private final Trade trade;
    private final Catalogue catalogue;
    private final Favourites favourites;
    private final Buyers buyers;
    private final SupplyOrders orders;

    BuyerController(Trade trade, Catalogue catalogue, Favourites favourites, Buyers buyers, SupplyOrders orders) {
        this.trade = trade;
        this.catalogue = catalogue;
        this.favourites = favourites;
        this.buyers = buyers;
        this.orders = orders;
    }

    @GetMapping("/pembeli")
    String home(Model model) {
        model.addAttribute("profile", buyers.mine());
        model.addAttribute("inquiries", trade.myInquiries());
        model.addAttribute("orders", trade.myOrders());
        model.addAttribute("deliveries", trade.myNextDeliveries(5));
        model.addAttribute("favourites", favourites.mine());
        return "market/buyer-home";
    }

    @PostMapping("/pembeli/favorit/{businessId}")
    String star(@PathVariable long businessId, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("notice", favourites.toggle(businessId) ? "market.favourite.added" : "market.favourite.removed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("notice", "market.buyer.profileNeeded");
        }
        return "redirect:/katalog/usaha/" + businessId;
    }

    @GetMapping("/pembeli/produk/{id}/permintaan")
    String ask(@PathVariable long id, Model model) {
        model.addAttribute("product", catalogue.product(id));
        model.addAttribute("profile", trade.myProfile().orElse(null));
        model.addAttribute("form", new InquiryForm(null, null, trade.myProfile().map(BuyerProfile::organisation).orElse(null), null));
        return "market/inquiry-form";
    }

    @PostMapping("/pembeli/produk/{id}/permintaan")
    String send(@PathVariable long id, @ModelAttribute("form") InquiryForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        var product = catalogue.product(id);
        if (!binding.hasErrors()) {
            try {
                long inquiry = trade.send(id, form);
                redirect.addFlashAttribute("notice", "market.inquiry.sent");
                return "redirect:/pembeli/permintaan/" + inquiry;
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            }
        }
        model.addAttribute("product", product);
        model.addAttribute("profile", trade.myProfile().orElse(null));
        return "market/inquiry-form";
    }

    @GetMapping("/pembeli/permintaan/{id}")
    String inquiry(@PathVariable long id, Model model) {
        var inquiry = trade.myInquiry(id);
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("form", new OrderForm(inquiry.deliverOn(), inquiry.deliverOn().plusWeeks(11)));
        return "market/inquiry";
    }

    @PostMapping("/pembeli/permintaan/{id}/pesanan")
    String order(@PathVariable long id, @RequestParam int version, @ModelAttribute("form") OrderForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect) {
        var inquiry = trade.myInquiry(id);
        if (!binding.hasErrors()) {
            try {
                trade.order(id, version, form);
                redirect.addFlashAttribute("notice", "market.order.created");
                return "redirect:/pembeli";
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            } catch (EditConflict e) {
                binding.reject("market.conflict");
            }
        }
        model.addAttribute("inquiry", inquiry);
        return "market/inquiry";
    }

    /** A refused step (not sent yet) says why; a stale version says someone else was first. */
    @PostMapping("/pembeli/pengiriman/{id}/diterima")
    String received(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "false") boolean toOrder,
                    RedirectAttributes redirect) {
        try {
            trade.markReceived(id, version);
            redirect.addFlashAttribute("notice", "market.delivery.receivedNotice");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        } catch (EditConflict e) {
            redirect.addFlashAttribute("notice", "market.conflict");
        }
        return toOrder ? "redirect:/pembeli/pesanan/" + trade.orderOfMyDelivery(id) : "redirect:/pembeli";
    }

    @GetMapping("/pembeli/pesanan/{id}")
    String order(@PathVariable long id, Model model) {
        var order = orders.buyers(id);
        return orderPage(model, order, new OrderChangeForm(order.quantity(), order.weekday(), order.endsOn(), order.place(), null),
                new ReasonForm(null));
    }

    @PostMapping("/pembeli/pesanan/{id}/perubahan")
    String requestChange(@PathVariable long id, @RequestParam int version, @ModelAttribute("changeForm") OrderChangeForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            orders.requestChange(id, version, form);
            redirect.addFlashAttribute("notice", "market.change.requested");
            return "redirect:/pembeli/pesanan/" + id;
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
        } catch (EditConflict e) {
            binding.reject("market.conflict");
        }
        model.addAttribute("opened", "change");
        return orderPage(model, orders.buyers(id), form, new ReasonForm(null));
    }

    @PostMapping("/pembeli/pesanan/{id}/batal")
    String cancel(@PathVariable long id, @RequestParam int version, @ModelAttribute("cancelForm") ReasonForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        try {
            orders.cancel(id, version, form);
            redirect.addFlashAttribute("notice", "market.order.cancelledNotice");
            return "redirect:/pembeli/pesanan/" + id;
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
        } catch (EditConflict e) {
            binding.reject("market.conflict");
        }
        model.addAttribute("opened", "cancel");
        var order = orders.buyers(id);
        return orderPage(model, order, new OrderChangeForm(order.quantity(), order.weekday(), order.endsOn(), order.place(), null), form);
    }

    private String orderPage(Model model, OrderView order, OrderChangeForm changeForm, ReasonForm cancelForm) {
        model.addAttribute("order", order);
        model.addAttribute("side", "buyer");
        model.addAttribute("weekdays", WeekdayOption.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("changeForm", changeForm);
        model.addAttribute("cancelForm", cancelForm);
        return "market/order";
    }
}
