package id.naikkelas.notification;

import java.util.List;

/** One message on its way through one channel, as a channel needs it (the row of notification_delivery). */
record Delivery(long id, String idempotencyKey, ChannelKind channel, String address, String kind, String templateName, String language,
                List<String> params, String text, int attempts) {

    Delivery {
        params = List.copyOf(params);
    }
}
