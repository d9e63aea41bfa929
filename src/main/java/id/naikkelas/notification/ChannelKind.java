package id.naikkelas.notification;

/** Where a message reaches a person. The inbox is always there; the others need an address and a configured provider. */
public enum ChannelKind {
    INBOX, EMAIL, WHATSAPP
}
