package id.naikkelas.notification;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of message as data: the parameters a sender passes (in order), the text in Bahasa Indonesia and English
 * with {@code {name}} placeholders, and the name of the WhatsApp template it was approved under (the Cloud API sends
 * approved templates only, with the parameters in the same order).
 */
record Template(String kind, List<String> params, String bodyId, String bodyEn, String whatsappName, String titleId, String titleEn,
                int version) {

    /** WhatsApp shows a template body of up to 1,024 characters; a reminder is read on a phone, so far less. */
    static final int MAX_LENGTH = 500;
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    Template {
        params = List.copyOf(params);
    }

    /** The kind's short name, for the preferences and the administrator's list. */
    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleId;
    }

    public String body(Locale locale) {
        return "en".equals(locale.getLanguage()) ? bodyEn : bodyId;
    }

    /** The text with each placeholder replaced by the argument at its parameter's position ("" when missing). */
    String render(Locale locale, List<String> args) {
        Matcher m = PLACEHOLDER.matcher(body(locale));
        var out = new StringBuilder();
        while (m.find()) {
            int at = params.indexOf(m.group(1));
            String value = at >= 0 && at < args.size() && args.get(at) != null ? args.get(at) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
