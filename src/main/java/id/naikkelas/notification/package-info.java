/**
 * Messages to people (confirmations, reminders, status changes). Other modules hand a
 * {@link id.naikkelas.notification.Message} to {@link id.naikkelas.notification.Notifications};
 * it is delivered after their transaction commits, through Spring Modulith's event publication
 * registry, so a crash between commit and delivery does not lose it. Until an e-mail or WhatsApp
 * gateway is configured, the sender only writes the message to the log.
 * <p>
 * Owns no tables. (Spring Modulith keeps its own {@code event_publication} table.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package id.naikkelas.notification;
