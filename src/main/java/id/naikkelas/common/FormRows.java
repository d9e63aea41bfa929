package id.naikkelas.common;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Repeatable rows of a form (a program's stages, an event's sessions, ...), bound as {@code stages[0].name}. With
 * script, {@code app.js} adds and removes rows in the page; without it the form's "add" and "remove" buttons submit
 * the form and the server answers it again with one row more or less (and saves nothing).
 */
public final class FormRows {

    /** Rows one list may hold: a form is not a bulk channel. */
    public static final int MAX = 30;

    private static final Pattern ROW = Pattern.compile("([A-Za-z]{1,40}):(\\d{1,2})");

    private FormRows() {
    }

    /** A row as a remove button names it, "stages:2". */
    public record Row(String list, int index) {

        /** The row a remove button sent, or null when the value is not one. */
        public static Row of(String value) {
            var m = value == null ? null : ROW.matcher(value);
            return m != null && m.matches() ? new Row(m.group(1), Integer.parseInt(m.group(2))) : null;
        }
    }

    /** A form with repeatable rows, as the "add" and "remove" buttons change it. */
    public interface Editable {
        /** One more empty row in the named list; an unknown list changes nothing. */
        void addRow(String list);

        void removeRow(Row row);
    }

    /**
     * Without script, "remove this row" submits the form: the row goes, and so do its errors, while those of the rows
     * below move up with them (the model's binding result for {@code form} is replaced).
     */
    public static void removeRow(Editable form, String remove, BindingResult binding, Model model) {
        var row = Row.of(remove);
        if (row != null) {
            form.removeRow(row);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), withoutRow(binding, row.list(), row.index()));
        }
    }

    public static <T> void add(List<T> rows, Supplier<T> blank) {
        if (rows.size() < MAX) {
            rows.add(blank.get());
        }
    }

    /** Removes a row; the last one left is emptied instead, so the form still shows where to type. */
    public static <T> void remove(List<T> rows, int index, Supplier<T> blank) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        rows.remove(index);
        if (rows.isEmpty()) {
            rows.add(blank.get());
        }
    }

    /**
     * The binding result once row {@code index} of {@code list} is gone: that row's errors are dropped and those of the
     * rows after it move up with their rows, so a value that could not be read stays where it was typed.
     */
    public static BindingResult withoutRow(BindingResult binding, String list, int index) {
        var result = new BeanPropertyBindingResult(binding.getTarget(), binding.getObjectName());
        binding.getGlobalErrors().forEach(result::addError);
        var indexed = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)](.*)");
        for (FieldError error : binding.getFieldErrors()) {
            var m = indexed.matcher(error.getField());
            if (!m.matches()) {
                result.addError(error);
                continue;
            }
            int row = Integer.parseInt(m.group(1));
            if (row == index) {
                continue;
            }
            String field = row < index ? error.getField() : list + "[" + (row - 1) + "]" + m.group(2);
            result.addError(new FieldError(error.getObjectName(), field, error.getRejectedValue(), error.isBindingFailure(),
                    error.getCodes(), error.getArguments(), error.getDefaultMessage()));
        }
        return result;
    }
}
