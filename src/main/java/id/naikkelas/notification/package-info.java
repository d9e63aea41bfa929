/**
 * Messages to people (confirmations, reminders, status changes). Other modules hand a
 * {@link id.naikkelas.notification.Message} to {@link id.naikkelas.notification.Notifications} inside their transaction;
 * after it commits, Spring Modulith's event publication registry hands it to the outbox, which writes the person's
 * inbox row and one delivery per channel (e-mail, WhatsApp Cloud API) that reaches them and that they want; the
 * dispatcher sends those with an idempotency key, bounded retries and a final "failed" with the reason (ADR 0017).
 * With no channel configured, messages reach the inbox only. Reminders are rules ({@code ReminderRule}) over views
 * the owning modules publish, run daily on one node (ShedLock).
 * <p>
 * <b>Adding a kind of message</b> (a survey invitation, a buyer's inquiry): (1) one row in {@code notification_template}
 * (a migration): the kind, its parameters in order, the text in Bahasa Indonesia and English with <code>{name}</code>
 * placeholders, short titles, and the WhatsApp template name it is approved under; (2) one event listener in the
 * module where it happens (or a {@code ReminderRule} here for a scheduled one) that calls
 * {@code Notifications.send(new Message(id, username, phone, kind, args, link, regionCode))} (or {@code Message.toAddress(phone, email, …)} for someone without an account) inside the transaction
 * that makes it true. Preferences, quiet hours, the inbox and the administrator's template page pick it up by themselves.
 * <p>
 * Owns tables: notification_template, notification_inbox, notification_delivery, notification_preference, shedlock.
 * (Spring Modulith keeps its own {@code event_publication} table.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package id.naikkelas.notification;
