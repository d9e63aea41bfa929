package id.naikkelas.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * At most {@code perAddress} requests of one purpose per client network address in a fixed window, counted in this
 * node's memory (ADR 0030). Meant for pages anyone may open that store nothing (a permit check): counting them in the
 * database, as the complaint form does with the rows it stores anyway, would turn every hammered request into a write.
 * The address is held only as its {@link PublicForms#addressHash hash}; an IPv6 address counts by its /64 network,
 * which one subscriber line usually gets whole, so rotating through it gains nothing.
 */
public final class AddressRateLimit {

    /** Addresses counted at once; beyond this many in one window a per-address count protects nothing anyway. */
    static final int MAX_TRACKED = 100_000;

    private final String purpose;
    private final String messageCode;
    private final int perAddress;
    private final Duration window;
    private final Today today;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

    private record Window(Instant start, int count) {
    }

    /**
     * @param purpose     names the count ({@code "permit-check"}), so one address's limits for different pages are apart
     * @param messageCode what the refused client reads; its argument is the seconds to wait
     */
    public AddressRateLimit(String purpose, String messageCode, int perAddress, Duration window, Today today) {
        if (perAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one request in a positive window: " + perAddress + " per " + window);
        }
        this.purpose = purpose;
        this.messageCode = messageCode;
        this.perAddress = perAddress;
        this.window = window;
        this.today = today;
    }

    /** Counts one request from the address, or refuses it with the time until its window ends. */
    public void take(String address) {
        Instant now = today.instant();
        String key = PublicForms.addressHash(purpose, network(address));
        if (windows.size() >= MAX_TRACKED && !windows.containsKey(key) && !forgetEnded(now)) {
            return;
        }
        Window counted = windows.compute(key, (k, old) -> old == null || !now.isBefore(old.start().plus(window))
                ? new Window(now, 1)
                // capped: a client hammering for hours must not overflow the count back into the allowed range
                : new Window(old.start(), Math.min(old.count() + 1, perAddress + 1)));
        if (counted.count() > perAddress) {
            throw new TooManyRequests(messageCode, Duration.between(now, counted.start().plus(window)));
        }
    }

    public int perAddress() {
        return perAddress;
    }

    public Duration window() {
        return window;
    }

    /**
     * Drops the windows that have ended, at most once per window (a sweep walks every entry); true when there is room
     * again. Still full: the request passes uncounted rather than refusing people the platform cannot tell apart.
     */
    private boolean forgetEnded(Instant now) {
        Instant last = lastSweep.get();
        if (now.isBefore(last.plus(window)) || !lastSweep.compareAndSet(last, now)) {
            return windows.size() < MAX_TRACKED;
        }
        windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        return windows.size() < MAX_TRACKED;
    }

    /** The address as counted: an IPv6 address by its /64 network, anything else as it is. */
    static String network(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            // a literal with a colon is parsed, never looked up in DNS
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
