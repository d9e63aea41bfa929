package id.naikkelas.notification;

import java.util.List;

/**
 * A message for one person, as a message key and arguments so it is rendered in the recipient's
 * language when sent. {@code username} is the platform account when there is one; {@code phone}
 * (+62...) is for WhatsApp/SMS gateways and may be null.
 */
public record Message(String username, String phone, String key, List<String> args) {

    public Message {
        args = List.copyOf(args);
    }
}
