package id.naikkelas.notification;

/** A delivery channel (e-mail, WhatsApp gateway...). Exactly one bean; the default only logs. */
interface MessageSender {

    void send(Message message, String text);
}
