package id.naikkelas.common;

import com.fasterxml.jackson.annotation.Nulls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Map;

/**
 * What every request's input must be before a controller or service sees it, decided once for the whole
 * application rather than field by field:
 * <ul>
 *     <li>No NUL character (U+0000) in any text: PostgreSQL cannot store it in text (the statement fails), and no
 *     real name or note holds one. It is refused, naming the field, wherever typed text enters: request parameters
 *     (query, form and multipart fields) and path variables (here, before the handler runs) and JSON strings (while
 *     the body is read). Stripping it instead would change what the person sent without telling them. An uploaded
 *     file's name is the one text made safe rather than refused ({@link Uploads#fileName}): nobody typed it.</li>
 *     <li>Dates in the years 1 to 9999 (what a date field of a page can hold): java.time reads "+999999999-12-31",
 *     which neither PostgreSQL nor date arithmetic ("the day after") can take. Refused as the field's wrong date.</li>
 *     <li>No {@code null} among the items of a JSON list or map ({@code "businessIds": [null]}): there is no such
 *     business, and code that reads a list of ids should not have to guard each one. A list that may hold gaps
 *     says so on its property ({@code @JsonSetter(contentNulls = Nulls.SET)}, a test's unanswered questions).</li>
 * </ul>
 * Both refusals reach the caller as the other input errors do ({@link ApiErrors}, the pages' error handling).
 * The stricter JSON reading applies to request bodies only: stored JSON the application reads back (with empty
 * cells as nulls) goes through the shared mapper, unchanged.
 */
@Configuration(proxyBeanMethods = false)
class InputBoundary implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // before the language switch and everything else that reads a parameter
        registry.addInterceptor(new NulCheck()).order(Ordered.HIGHEST_PRECEDENCE);
    }

    /** After Boot's own customizer (order 0), whose JSON converter this one replaces. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer requestBodies(JsonMapper json) {
        var strict = json.rebuild()
                .addModule(new SimpleModule("input-boundary").addDeserializer(String.class, new NulRefusingStrings())
                        .setDeserializerModifier(new DatesInRange()))
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** A name for a field whose own name holds control characters, so the reply can still say which. */
    static String printable(String name) {
        var out = new StringBuilder(Math.min(name.length(), 100));
        name.codePoints().limit(100).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /** Parameters (multipart fields included) and path variables. */
    static final class NulCheck implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            for (var parameter : request.getParameterMap().entrySet()) {
                boolean nul = hasNul(parameter.getKey());
                for (String value : parameter.getValue()) {
                    nul |= hasNul(value);
                }
                if (nul) {
                    throw refused(parameter.getKey());
                }
            }
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
                for (var variable : variables.entrySet()) {
                    if (variable.getValue() instanceof String value && hasNul(value)) {
                        throw refused(String.valueOf(variable.getKey()));
                    }
                }
            }
            return true;
        }

        private static InvalidInput refused(String field) {
            String name = printable(field);
            return InvalidInput.of(name, "input.nul", InvalidInput.label(name));
        }
    }

    /** JSON strings: the parser's path names the property in the reply ({@link InputProblems}). */
    static final class NulRefusingStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (hasNul(value)) {
                throw new NulInText(p, value);
            }
            return value;
        }
    }

    /** Wraps java.time's own readers of the temporal types the requests hold. */
    static final class DatesInRange extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return type == LocalDate.class || type == OffsetDateTime.class || type == LocalDateTime.class
                    ? new DateInRange(deserializer) : deserializer;
        }
    }

    static final class DateInRange extends DelegatingDeserializer {

        DateInRange(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new DateInRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof Temporal temporal && !IsoDates.inRange(temporal)) {
                throw new InvalidFormatException(p, "date outside the years 1 to 9999", value, value.getClass());
            }
            return value;
        }
    }

    static final class NulInText extends InvalidFormatException {

        NulInText(JsonParser p, String value) {
            super(p, "text holds a NUL character (U+0000)", value, String.class);
        }
    }
}
