package id.naikkelas.common;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The values a field takes, as an argument of a message ({@code input.choice}): resolved, it lists their labels
 * ({@link Labels}) in the reader's language, which is what a page shows. A program reads the codes it may send:
 * the problem details of the API use {@link #toString()}.
 */
@SuppressWarnings("rawtypes")
public record Choices(Class<? extends Enum> type, List<String> names) implements MessageSourceResolvable, Serializable {

    public static Choices of(Class<? extends Enum> type) {
        return new Choices(type, Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }

    @Override
    public String[] getCodes() {
        return null;
    }

    @Override
    public Object[] getArguments() {
        String prefix = Labels.prefix(type);
        return names.stream().map(name -> new DefaultMessageSourceResolvable(new String[] {prefix + "." + name}, null, name)).toArray();
    }

    @Override
    public String getDefaultMessage() {
        return IntStream.range(0, names.size()).mapToObj(i -> "{" + i + "}").collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
