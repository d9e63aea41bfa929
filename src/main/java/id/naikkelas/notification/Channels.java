package id.naikkelas.notification;

import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The channels this installation has a provider for (none in the embedded default: the inbox only). */
@Component
class Channels {

    private final Map<ChannelKind, Channel> configured = new EnumMap<>(ChannelKind.class);

    Channels(List<Channel> channels) {
        channels.forEach(c -> configured.put(c.kind(), c));
    }

    Optional<Channel> get(ChannelKind kind) {
        return Optional.ofNullable(configured.get(kind));
    }

    Set<ChannelKind> kinds() {
        return configured.keySet();
    }
}
