package id.naikkelas.notification;

import id.naikkelas.identity.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "The caller's own messages on the platform")
class InboxApiController {

    private final Inbox inbox;
    private final Access access;

    InboxApiController(Inbox inbox, Access access) {
        this.inbox = inbox;
        this.access = access;
    }

    record ItemJson(long id, String kind, String text, String link, OffsetDateTime createdAt, OffsetDateTime readAt) {
    }

    record InboxJson(int unread, List<ItemJson> items, Long nextBefore) {
    }

    @GetMapping
    @Operation(summary = "The caller's messages, newest first (50 a page; pass nextBefore as before for the next)")
    InboxJson list(@RequestParam(required = false) Long before) {
        String me = access.require().username();
        var items = inbox.latest(me, before).stream()
                .map(i -> new ItemJson(i.id(), i.kind(), i.text(), Inbox.safeLink(i.link()), i.createdAt(), i.readAt())).toList();
        return new InboxJson(inbox.unread(me), items, items.size() == Inbox.PAGE ? items.get(items.size() - 1).id() : null);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's messages are unread")
    Map<String, Integer> unread() {
        return Map.of("unread", inbox.unread(access.require().username()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's messages read (404 for anyone else's); answers where it leads")
    Map<String, Object> read(@PathVariable long id) {
        String link = inbox.open(access.require().username(), id);
        return link == null ? Map.of("id", id) : Map.of("id", id, "link", link);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all of the caller's messages read")
    Map<String, Integer> readAll() {
        return Map.of("marked", inbox.readAll(access.require().username()));
    }
}
