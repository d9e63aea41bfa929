package id.naikkelas.notification;

import java.util.List;

/** Messages queued together by {@link Notifications#sendAll}; one event publication for the lot. */
record MessageBatch(List<Message> messages) {

    MessageBatch {
        messages = List.copyOf(messages);
    }
}
