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

/** The owner's inbox in "Etalase": buyers' inquiries to answer and the supply orders whose deliveries they mark sent. */
@Controller
@PreAuthorize("hasRole('OWNER')")
class OwnerTradeController {

    private final Trade trade;
    private final SupplyOrders orders;

    OwnerTradeController(Trade trade, SupplyOrders orders) {
        this.trade = trade;
        this.orders = orders;
    }

    @GetMapping("/etalase/permintaan")
    String inbox(Model model) {
        model.addAttribute("inquiries", trade.inbox());
        model.addAttribute("orders", trade.ownerOrders());
        return "market/inbox";
    }

    @GetMapping("/etalase/permintaan/{id}")
    String inquiry(@PathVariable long id, Model model) {
        var inquiry = trade.received(id);
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("form", new AnswerForm(true, null, null, null));
        return "market/answer-form";
    }

    @PostMapping("/etalase/permintaan/{id}")
    String answer(@PathVariable long id, @RequestParam int version, @ModelAttribute("form") AnswerForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        var inquiry = trade.received(id);
        if (!binding.hasErrors()) {
            try {
                trade.answer(id, version, form);
                redirect.addFlashAttribute("notice", form.accept() ? "market.answer.accepted" : "market.answer.declined");
                return "redirect:/etalase/permintaan";
            } catch (InvalidInput e) {
                Forms.reject(binding, e);
            } catch (EditConflict e) {
                binding.reject("market.conflict");
            }
        }
        model.addAttribute("inquiry", inquiry);
        return "market/answer-form";
    }

    /** A refused step (too early, already sent) says why; a stale version says someone else was first. */
    @PostMapping("/etalase/pengiriman/{id}/dikirim")
    String sent(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "false") boolean toOrder,
                RedirectAttributes redirect) {
        try {
            trade.markSent(id, version);
            redirect.addFlashAttribute("notice", "market.delivery.sentNotice");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        } catch (EditConflict e) {
            redirect.addFlashAttribute("notice", "market.conflict");
        }
        return toOrder ? "redirect:/etalase/pesanan/" + trade.orderOfOwnersDelivery(id) : "redirect:/etalase/permintaan";
    }

    /** Not delivered, with the reason the buyer reads; back to the order the delivery belongs to. */
    @PostMapping("/etalase/pengiriman/{id}/tidak-terkirim")
    String notDelivered(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                        RedirectAttributes redirect) {
        long order = trade.orderOfOwnersDelivery(id);
        try {
            trade.markNotDelivered(id, version, new ReasonForm(reason));
            redirect.addFlashAttribute("notice", "market.delivery.notDeliveredNotice");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.violations());
        } catch (EditConflict e) {
            redirect.addFlashAttribute("notice", "market.conflict");
        }
        return "redirect:/etalase/pesanan/" + order;
    }

    @GetMapping("/etalase/pesanan/{id}")
    String order(@PathVariable long id, Model model) {
        return orderPage(model, orders.owners(id), new ChangeAnswerForm(true, null), new ReasonForm(null));
    }

    @PostMapping("/etalase/pesanan/{id}/perubahan")
    String answerChange(@PathVariable long id, @RequestParam int version, @ModelAttribute("answerForm") ChangeAnswerForm form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            orders.answerChange(id, version, form);
            redirect.addFlashAttribute("notice", form.accept() ? "market.change.acceptedNotice" : "market.change.declinedNotice");
            return "redirect:/etalase/pesanan/" + id;
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
        } catch (EditConflict e) {
            binding.reject("market.conflict");
        }
        return orderPage(model, orders.owners(id), form, new ReasonForm(null));
    }

    @PostMapping("/etalase/pesanan/{id}/batal")
    String cancel(@PathVariable long id, @RequestParam int version, @ModelAttribute("cancelForm") ReasonForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        try {
            orders.cancel(id, version, form);
            redirect.addFlashAttribute("notice", "market.order.cancelledNotice");
            return "redirect:/etalase/pesanan/" + id;
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
        } catch (EditConflict e) {
            binding.reject("market.conflict");
        }
        model.addAttribute("opened", "cancel");
        return orderPage(model, orders.owners(id), new ChangeAnswerForm(true, null), form);
    }

    private String orderPage(Model model, OrderView order, ChangeAnswerForm answerForm, ReasonForm cancelForm) {
        model.addAttribute("order", order);
        model.addAttribute("side", "owner");
        model.addAttribute("weekdays", WeekdayOption.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("answerForm", answerForm);
        model.addAttribute("cancelForm", cancelForm);
        return "market/order";
    }
}
