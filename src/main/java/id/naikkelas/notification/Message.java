package id.naikkelas.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A message for one person, as a kind (a template's key) and arguments so it is rendered in the recipient's
 * language when sent. {@code username} is the platform account when there is one; {@code phone} (+62...) is for
 * WhatsApp and may be null. {@code id} names the message for good: the inbox and every channel deliver one id once,
 * however often the event is handed over again. {@code link} (a path on the platform) leads to the thing concerned;
 * {@code regionCode} says where the recipient is (their quiet hours are in that zone) when their account does not.
 * {@code email} reaches someone who has no account yet (an invitee); an account's own address is read when sent.
 */
public record Message(UUID id, String username, String phone, String key, List<String> args, String link, String regionCode,
                      String email) {

    public Message {
        id = id == null ? UUID.randomUUID() : id;
        args = List.copyOf(args);
    }

    public Message(UUID id, String username, String phone, String key, List<String> args, String link, String regionCode) {
        this(id, username, phone, key, args, link, regionCode, null);
    }

    /** A message for someone without an account, reached at a phone (WhatsApp) and/or an e-mail address. */
    public static Message toAddress(String phone, String email, String key, List<String> args) {
        return new Message(null, null, phone, key, args, null, null, email);
    }

    public Message(String username, String phone, String key, List<String> args) {
        this(null, username, phone, key, args, null, null);
    }

    /**
     * A message that must exist once whatever runs it again (a reminder: once per person, object and day): its id is
     * derived from {@code once}, so a second run, on this node or another, adds nothing.
     */
    public static Message once(String once, String username, String phone, String key, List<String> args, String link,
                               String regionCode) {
        UUID id = UUID.nameUUIDFromBytes((once + "|" + username + "|" + phone).getBytes(StandardCharsets.UTF_8));
        return new Message(id, username, phone, key, args, link, regionCode);
    }

    public Message withLink(String link) {
        return new Message(id, username, phone, key, args, link, regionCode, email);
    }
}
