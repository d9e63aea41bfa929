package id.naikkelas.notification;

import java.util.Map;
import java.util.Set;

/**
 * The WhatsApp Cloud API's error codes that matter here, as data: which ones are worth another attempt and how the
 * delivery log names them. Codes from Meta's "Error codes" reference for the Cloud API.
 */
final class WhatsAppErrors {

    /** Throttling and temporary trouble on Meta's side: try again later. */
    private static final Set<Integer> RETRYABLE = Set.of(
            4,       // application request limit reached
            80007,   // WhatsApp Business Account rate limit
            130429,  // Cloud API throughput reached
            131048,  // spam rate limit
            131056,  // too many messages to the same number
            131000,  // something went wrong
            131016,  // service unavailable
            133004); // server temporarily unavailable

    /** Permanent answers, named for the delivery log (a retry cannot change them). */
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(100, "invalid parameter (e.g. the phone number)"),
            Map.entry(131026, "message undeliverable: number not on WhatsApp or invalid"),
            Map.entry(131030, "recipient number not allowed"),
            Map.entry(131047, "outside the 24-hour window: only an approved template can be sent"),
            Map.entry(131051, "unsupported message type"),
            Map.entry(132000, "template parameters do not match"),
            Map.entry(132001, "template not approved or does not exist in this language"),
            Map.entry(132005, "template text too long"),
            Map.entry(132007, "template refused by the format policy"),
            Map.entry(132012, "template parameter format wrong"),
            Map.entry(132015, "template paused"),
            Map.entry(132016, "template disabled"),
            Map.entry(190, "access token expired or invalid"),
            Map.entry(130429, "rate limit reached"),
            Map.entry(131056, "too many messages to this number"),
            Map.entry(80007, "account rate limit reached"));

    private WhatsAppErrors() {
    }

    static boolean retryable(int status, int code) {
        return RETRYABLE.contains(code) || code == 0 && (status == 429 || status >= 500);
    }

    static String reason(int status, int code, String providerMessage) {
        String name = NAMES.getOrDefault(code, providerMessage == null || providerMessage.isBlank() ? "HTTP " + status : providerMessage);
        String text = "WhatsApp " + (code == 0 ? "HTTP " + status : code) + ": " + name;
        return text.length() > 480 ? text.substring(0, 480) : text;
    }
}
