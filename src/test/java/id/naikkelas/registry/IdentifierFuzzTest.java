package id.naikkelas.registry;

import id.naikkelas.Fuzz;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A bounded fuzz pass over the normalisers of what people type as identifiers: NIK, NIB, phone numbers and every
 * permit type's number. Each answers with a normalised value or with problems (their refusal), never by throwing;
 * a value they accept is accepted again as it was normalised. Seeded mutations of valid values, digits in other
 * scripts, separators, very long and random text.
 */
class IdentifierFuzzTest {

    static final int CASES = Integer.getInteger("fuzz.identifiers", 4000);

    @Test
    void everyIdentifierCheckAnswersWithAValueOrProblemsNeverByThrowing() {
        var permits = PermitNumbers.load();
        List<String> seeds = List.of("1472014503850001", "1472 0145 0385 0001", "9120001234567", "0812-7000-1111", "+62 812 7000 1111",
                "(0761) 123456", "P-IRT No. 2063507010477-29", "MD 224113001500009", "ID14110000123450521", "SNI 2973:2011",
                "440001234567890", "00.123.456.7-891.000");
        var failures = new ArrayList<String>();
        var today = LocalDate.of(2026, 12, 14);
        for (int i = 0; i < CASES; i++) {
            var fuzz = Fuzz.forCase(Fuzz.SEED, "identifier", i);
            String text = switch (fuzz.nextInt(6)) {
                case 0 -> fuzz.string();
                case 1 -> fuzz.randomText(fuzz.nextInt(40));
                case 2 -> fuzz.pick(List.of("١٤٧٢٠١٤٥٠٣٨٥٠٠٠١", "１４７２０１４５０３８５０００１", "+", "++62", "0", "62", "+620", "08" + "1".repeat(400),
                        "-".repeat(30), "0812\u00007000", "9".repeat(16), "0000000000000000", "1472013102000001", "1472017102990001"));
                default -> fuzz.mutate(fuzz.pick(seeds));
            };
            try {
                var nik = Nik.check(text, today);
                if (nik.problems().isEmpty()) {
                    again(Nik.check(nik.normalized(), today).problems(), "NIK " + nik.normalized());
                }
                var nib = Nib.check(text);
                if (nib.problems().isEmpty()) {
                    again(Nib.check(nib.normalized()).problems(), "NIB " + nib.normalized());
                }
                var phone = PhoneNumbers.check(text);
                if (phone.problems().isEmpty()) {
                    again(PhoneNumbers.check(phone.e164()).problems(), "phone " + phone.e164());
                }
                for (var type : PermitType.values()) {
                    var permit = permits.check(type, text);
                    if (permit.problems().isEmpty() && permit.normalized() != null) {
                        again(permits.check(type, permit.normalized()).problems(), type + " " + permit.normalized());
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("case " + i + " (" + e + "): " + escape(text));
            }
        }
        System.out.printf("identifier fuzz: seed %d, %d cases, %d failed%n", Fuzz.SEED, CASES, failures.size());
        if (!failures.isEmpty()) {
            fail("a check threw, or refused what it had accepted (seed %d, replay with -Dfuzz.seed=%d):%n%s".formatted(Fuzz.SEED, Fuzz.SEED,
                    String.join("\n", failures.subList(0, Math.min(10, failures.size())))));
        }
    }

    static void again(List<ValidationProblem> problems, String what) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException(what + " accepted once, refused as normalised: " + problems);
        }
    }

    static String escape(String text) {
        var out = new StringBuilder();
        text.codePoints().limit(200).forEach(c -> out.append(c < 0x20 || Character.getType(c) == Character.SURROGATE
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
