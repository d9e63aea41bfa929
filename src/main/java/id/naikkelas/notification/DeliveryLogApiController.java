package id.naikkelas.notification;

import id.naikkelas.identity.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/deliveries")
@Tag(name = "Inbox", description = "The caller's own messages on the platform")
class DeliveryLogApiController {

    private final DeliveryLog log;
    private final Access access;

    DeliveryLogApiController(DeliveryLog log, Access access) {
        this.log = log;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "A person's deliveries per channel, newest first (100): status, attempts, reason of a failure. "
            + "The person themselves, administrators, and officers or program managers of the person's region (404 otherwise)")
    List<DeliveryLog.Entry> of(@RequestParam String username) {
        return log.of(access.require(), username);
    }
}
