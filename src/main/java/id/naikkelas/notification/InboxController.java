package id.naikkelas.notification;

import id.naikkelas.identity.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Kotak masuk": every role's messages, newest first; opening one marks it read and leads to what it is about. */
@Controller
@RequestMapping("/kotak-masuk")
class InboxController {

    private final Inbox inbox;
    private final Access access;

    InboxController(Inbox inbox, Access access) {
        this.inbox = inbox;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long before, Model model) {
        var me = access.require();
        var items = inbox.latest(me.username(), before);
        model.addAttribute("items", items);
        model.addAttribute("unread", inbox.unread(me.username()));
        model.addAttribute("more", items.size() == Inbox.PAGE ? items.get(items.size() - 1).id() : null);
        return "notification/inbox";
    }

    @PostMapping("/{id}/baca")
    String open(@PathVariable long id) {
        String link = inbox.open(access.require().username(), id);
        return "redirect:" + (link == null ? "/kotak-masuk" : link);
    }

    @PostMapping("/baca-semua")
    String readAll(RedirectAttributes redirect) {
        inbox.readAll(access.require().username());
        redirect.addFlashAttribute("notice", "notification.inbox.allRead");
        return "redirect:/kotak-masuk";
    }
}
