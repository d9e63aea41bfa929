package id.naikkelas.notification;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WhatsApp through a provider speaking the WhatsApp Business Cloud API's format: {@code POST {base}/{phone-number-id}/messages}
 * with a bearer token and an approved template message whose body parameters are the message's arguments, in the
 * recipient's language. Meta's Cloud API itself and most Business Solution Providers take this body; the base URL
 * says which one. The idempotency key goes along as a header and as {@code biz_opaque_callback_data} (ADR 0017).
 */
class WhatsAppChannel implements Channel {

    record Settings(String baseUrl, String phoneNumberId, String token) {
    }

    private final Settings settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    WhatsAppChannel(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WHATSAPP;
    }

    @Override
    public Outcome send(Delivery delivery) {
        var request = HttpRequest.newBuilder(URI.create(settings.baseUrl().replaceAll("/+$", "") + "/" + settings.phoneNumberId() + "/messages"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + settings.token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", delivery.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body(delivery))))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            return new Retry("network: " + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Retry("interrupted", null);
        }
    }

    private Map<String, Object> body(Delivery delivery) {
        var parameters = delivery.params().stream().map(p -> Map.of("type", "text", "text", p == null ? "-" : p)).toList();
        var template = new LinkedHashMap<String, Object>();
        template.put("name", delivery.templateName());
        template.put("language", Map.of("code", delivery.language()));
        if (!parameters.isEmpty()) {
            template.put("components", List.of(Map.of("type", "body", "parameters", parameters)));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", delivery.address().replaceAll("[^0-9]", ""));
        body.put("type", "template");
        body.put("template", template);
        body.put("biz_opaque_callback_data", delivery.idempotencyKey());
        return body;
    }

    /** The Cloud API answers 200 with {@code messages[0].id}, or an error object whose code says what went wrong. */
    Outcome outcome(int status, String body, String retryAfter) {
        JsonNode root = parse(body);
        if (status >= 200 && status < 300) {
            return new Sent(root.path("messages").path(0).path("id").asString(""));
        }
        JsonNode error = root.path("error");
        int code = error.path("code").asInt(0);
        String reason = WhatsAppErrors.reason(status, code, error.path("message").asString(""));
        return WhatsAppErrors.retryable(status, code) ? new Retry(reason, seconds(retryAfter)) : new Failed(reason);
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (RuntimeException notJson) {
            return json.createObjectNode();
        }
    }

    private static Duration seconds(String retryAfter) {
        try {
            return retryAfter == null ? null : Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
