package id.naikkelas.notification;

/** A delivery channel (e-mail, WhatsApp gateway...). Exactly one bean; the default only logs. */
public interface MessageSender {

    void send(Message message, String text);
}
