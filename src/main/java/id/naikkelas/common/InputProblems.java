package id.naikkelas.common;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Input refused before (or, as a last resort, by) the database, as {@link InvalidInput} violations naming the field:
 * a JSON body that cannot be read into the request's type, a parameter or path variable of the wrong type, a
 * missing one. The JSON API renders them as problem details ({@link ApiErrors}), the pages on an error page; both
 * in the user's language.
 *
 * <p>A constraint of the database refusing a write is the last resort, not the check: each service checks its input
 * before writing. Should one miss a case, the refusal is still an answer naming the column as a field (409 for a
 * duplicate, 422 otherwise), logged so the missing check is added; the transaction has been rolled back.
 */
public final class InputProblems {

    private static final Logger log = LoggerFactory.getLogger(InputProblems.class);
    /** "Key (agency_id, lower(name::text))=(3, x) already exists." */
    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\((.+?)\\)=");
    private static final Pattern FUNCTION = Pattern.compile("^[a-z_]+\\((.*?)(?:,.*)?\\)$");
    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
    /** How the constraints that bound free text end (V90). */
    private static final String LENGTH = "_length";

    public record Refusal(HttpStatus status, InvalidInput input) {
    }

    private InputProblems() {
    }

    /** The refusal an exception stands for, or null when it is not about the request's input. */
    public static Refusal of(Exception e) {
        if (e instanceof InvalidInput invalid) {
            return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, invalid);
        }
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return bad(body(unreadable));
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return bad(typed(mismatch.getName(), mismatch.getRequiredType()));
        }
        if (e instanceof TypeMismatchException mismatch) {
            return bad(typed(mismatch.getPropertyName(), mismatch.getRequiredType()));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return bad(required(missing.getParameterName()));
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return bad(required(missing.getRequestPartName()));
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return bad(missing.getHeaderName().equalsIgnoreCase("If-Match") ? InvalidInput.of("If-Match", "api.ifMatch.required")
                    : required(missing.getHeaderName()));
        }
        if (e instanceof InvalidPropertyException invalid) {
            // a form's row far past the rows it can hold (stages[5000].name): Spring's binder will not grow a list that far
            return bad(InvalidInput.of(invalid.getPropertyName(), "input.invalid", InvalidInput.label(invalid.getPropertyName())));
        }
        if (e instanceof MultipartException) {
            // a form that should carry a file was not sent as an upload, or its parts cannot be read
            return bad(InvalidInput.of("", "input.multipart"));
        }
        if (e instanceof DataIntegrityViolationException refused) {
            return database(refused);
        }
        return null;
    }

    private static Refusal bad(InvalidInput input) {
        return new Refusal(HttpStatus.BAD_REQUEST, input);
    }

    private static InvalidInput required(String field) {
        return InvalidInput.of(field, "input.required", InvalidInput.label(field));
    }

    // -------------------------------------------------------------------------------------------------------------
    // JSON bodies

    private static InvalidInput body(HttpMessageNotReadableException e) {
        JacksonException jackson = cause(e, JacksonException.class);
        if (jackson == null) {
            // no body at all, or one that is not JSON (a form sent to a JSON endpoint)
            return InvalidInput.of("", e.getCause() == null ? "input.body.missing" : "input.body.unreadable");
        }
        String field = path(jackson);
        var label = InvalidInput.label(field);
        if (jackson instanceof InputBoundary.NulInText) {
            return InvalidInput.of(field, "input.nul", label);
        }
        if (jackson instanceof InvalidNullException) {
            return InvalidInput.of(field, "input.nullItem", label);
        }
        if (jackson instanceof InputCoercionException) {
            return InvalidInput.of(field, "input.number", label);
        }
        if (jackson instanceof InvalidFormatException format) {
            return typed(field, format.getTargetType());
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            if (field.isEmpty()) {
                return InvalidInput.of("", "input.body.unreadable");
            }
            return mismatch.getTargetType() == null ? InvalidInput.of(field, "input.type", label) : typed(field, mismatch.getTargetType());
        }
        if (jackson instanceof StreamReadException) {
            // not JSON, cut short, nested too deep, a number too long to read
            return InvalidInput.of("", "input.body.unreadable");
        }
        return field.isEmpty() ? InvalidInput.of("", "input.body.unreadable") : InvalidInput.of(field, "input.type", label);
    }

    /** "owner.email", "stages[2].name" as "stages" (the list), the names the services use for their problems. */
    private static String path(JacksonException e) {
        var names = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() == null) {
                break;
            }
            if (!names.isEmpty()) {
                names.append('.');
            }
            names.append(reference.getPropertyName());
        }
        return names.toString();
    }

    // -------------------------------------------------------------------------------------------------------------
    // values of the wrong type, from a parameter, a path variable or a JSON property

    private static InvalidInput typed(String field, Class<?> type) {
        String name = field == null ? "" : field;
        var label = InvalidInput.label(name);
        if (type == null) {
            return InvalidInput.of(name, "input.type", label);
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return InvalidInput.of(name, "input.date", label);
        }
        if (type.isEnum()) {
            return InvalidInput.of(name, "input.choice", label, Choices.of(type.asSubclass(Enum.class)));
        }
        if (type == Boolean.class || type == boolean.class) {
            return InvalidInput.of(name, "input.boolean", label);
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() || type == BigDecimal.class || type == BigInteger.class) {
            return InvalidInput.of(name, "input.number", label);
        }
        if (type == UUID.class) {
            return InvalidInput.of(name, "input.format", label);
        }
        return InvalidInput.of(name, "input.type", label);
    }

    // -------------------------------------------------------------------------------------------------------------
    // the database's constraints, as a last resort

    private static Refusal database(DataIntegrityViolationException e) {
        PSQLException pg = cause(e, PSQLException.class);
        ServerErrorMessage server = pg == null ? null : pg.getServerErrorMessage();
        String state = pg == null ? "" : String.valueOf(pg.getSQLState());
        log.warn("Input refused by the database ({} {}): a check before the write is missing", state,
                server == null ? e.getMostSpecificCause().getClass().getSimpleName() : server.getConstraint());
        String detail = server == null || server.getDetail() == null ? "" : server.getDetail();
        String message = server == null || server.getMessage() == null ? "" : server.getMessage();
        return switch (state) {
            case "23505" -> {
                String field = keyField(detail);
                yield new Refusal(HttpStatus.CONFLICT, InvalidInput.of(field, "input.duplicate", InvalidInput.label(field)));
            }
            case "23503" -> {
                String field = keyField(detail);
                yield detail.contains("is still referenced")
                        ? new Refusal(HttpStatus.CONFLICT, InvalidInput.of(field, "input.inUse"))
                        : new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, InvalidInput.of(field, "input.unknownCode", InvalidInput.label(field)));
            }
            case "23502" -> {
                String field = camel(server == null || server.getColumn() == null ? "" : server.getColumn());
                yield new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, InvalidInput.of(field, "input.required", InvalidInput.label(field)));
            }
            case "23514" -> {
                String field = checkedField(server);
                // "<table>_<column>_length" bounds free text (V90): say "too long" rather than "not valid"
                yield new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, server != null && server.getConstraint() != null
                        && server.getConstraint().endsWith(LENGTH)
                        ? InvalidInput.of(field, "input.text.tooLong.unknown")
                        : InvalidInput.of(field, "input.invalid", InvalidInput.label(field)));
            }
            case "22001" -> {
                var width = VARCHAR.matcher(message);
                yield new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, width.find()
                        ? InvalidInput.of("", "input.text.tooLong", Integer.parseInt(width.group(1)))
                        : InvalidInput.of("", "input.text.tooLong.unknown"));
            }
            case "22003" -> new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, InvalidInput.of("", "input.number.tooLarge"));
            case "22021", "22P05" -> new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, InvalidInput.of("", "input.text.unstorable"));
            case "22007", "22008" -> new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, InvalidInput.of("", "input.date.unstorable"));
            default -> new Refusal(HttpStatus.CONFLICT, InvalidInput.of("", "input.refused"));
        };
    }

    /** The column a key violation is about: of "(agency_id, lower(name))" the one that is not an id, else the last. */
    private static String keyField(String detail) {
        var key = KEY_COLUMNS.matcher(detail);
        if (!key.find()) {
            return "";
        }
        List<String> columns = Arrays.stream(key.group(1).split(",\\s*(?![^(]*\\))")).map(String::trim).map(column -> {
            var function = FUNCTION.matcher(column);
            String bare = function.matches() ? function.group(1) : column;
            int cast = bare.indexOf("::");
            return cast < 0 ? bare : bare.substring(0, cast);
        }).toList();
        String chosen = columns.stream().filter(c -> !c.endsWith("_id")).reduce((a, b) -> b).orElse(columns.get(columns.size() - 1));
        return camel(chosen);
    }

    /** "product_storage_check" on table "product" is about "storage". */
    private static String checkedField(ServerErrorMessage server) {
        if (server == null || server.getConstraint() == null) {
            return "";
        }
        String name = server.getConstraint();
        String table = server.getTable();
        if (table != null && name.startsWith(table + "_")) {
            name = name.substring(table.length() + 1);
        }
        for (String suffix : List.of("_check", LENGTH)) {
            if (name.endsWith(suffix)) {
                return camel(name.substring(0, name.length() - suffix.length()));
            }
        }
        return camel(name);
    }

    private static String camel(String column) {
        var out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = !out.isEmpty();
            } else if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
