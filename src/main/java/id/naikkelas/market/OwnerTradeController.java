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

    OwnerTradeController(Trade trade) {
        this.trade = trade;
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

    @PostMapping("/etalase/pengiriman/{id}/dikirim")
    String sent(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            trade.markSent(id, version);
            redirect.addFlashAttribute("notice", "market.delivery.sentNotice");
        } catch (InvalidInput | EditConflict e) {
            redirect.addFlashAttribute("notice", "market.conflict");
        }
        return "redirect:/etalase/permintaan";
    }
}
