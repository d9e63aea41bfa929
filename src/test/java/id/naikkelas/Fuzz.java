package id.naikkelas;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded, reproducible hostile inputs for the fuzz tests: the same seed gives the same values in the same order,
 * so a failure printed with its seed can be replayed ({@code -Dfuzz.seed=...}). Each value is one a real client,
 * a copy-paste or a probe has sent: NUL, control and format characters, very long text, numbers past every column
 * and Java type, dates that do not exist, unknown codes, wrong JSON types.
 */
public final class Fuzz {

    /** The run's seed: fixed so CI is repeatable, changed with -Dfuzz.seed=... to explore further. */
    public static final long SEED = Long.getLong("fuzz.seed", 20261214L);

    public static final List<String> STRINGS = List.of(
            "\u0000", "a\u0000b", "\u0000\u0000\u0000", "x".repeat(41), "x".repeat(61), "x".repeat(101), "x".repeat(201),
            "W".repeat(5000), "é".repeat(70_000), "", " ", "   \t\n", "null", "0", "-1", "1e999999999", "NaN",
            "😀👍🏽🇮🇩", "\u202Eevil", "e\u0301\u0301\u0301", "\uD800", "\uDFFF", "\uFFFE", "\uFEFF", "\u200B", "\u2028\u2029",
            "\r\n\r\n", "\u0007\u001B[31m", "' OR '1'='1", "\\", "%", "_%_", "<script>alert(1)</script>", "../../etc/passwd",
            "١٢٣٤", "中文字符", "ǅǈǋ", "İı", "TIDAK_ADA", "besok", "2026-02-30", "9999999999999999999999",
            "{\"a\":1}", "[null]", "${jndi:ldap://x}", "#{7*7}", "*/--");

    public static final List<String> NUMBERS = List.of(
            "0", "-1", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "999999999999999999", "1000000000000000000", "1e18", "1E+300", "1e309", "-1e309",
            "1e999999999", "1.5", "-0.0", "0.0000000001", "123456789012345678901234567890.123456789");

    public static final List<String> DATES = List.of(
            "besok", "2026-02-30", "2026-13-01", "0000-00-00", "0001-01-01", "9999-12-31", "+999999999-12-31",
            "-999999999-01-01", "2026-1-1", "", "03/12/2026", "2026-12-03T10:00:00Z", "\u0000", "20261203");

    public static final List<String> DATE_TIMES = List.of(
            "besok", "2026-12-03T25:00:00+07:00", "2026-12-03", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "2026-02-30T09:00:00+07:00", "2026-12-03T09:00:00+25:00", "1970-01-01T00:00:00Z", "", "\u0000");

    /** Path segments and query values where an id or number is expected. */
    public static final List<String> IDS = List.of(
            "abc", "-1", "0", "99999999999999999999", "9223372036854775807", "1.5", "1e3", "%00", "%20", "9".repeat(400),
            "١", "null", "%E2%80%8B", "%C0%80", "..", "%2e%2e");

    private final Random random;

    public Fuzz(long seed) {
        this.random = new Random(seed);
    }

    /** A generator for one case of a run: the same run seed and case key always give the same values. */
    public static Fuzz forCase(long seed, String key, int round) {
        return new Fuzz(seed * 1_000_003L + (long) key.hashCode() * 7_919L + round);
    }

    public Random random() {
        return random;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** NUL, over-long, control and format characters, other hostile text, random code points, in about equal parts. */
    public String string() {
        return switch (random.nextInt(5)) {
            case 0 -> pick(List.of("\u0000", "a\u0000b", "\u0000\u0000\u0000", "nama\u0000"));
            case 1 -> pick(List.of("x".repeat(21), "x".repeat(41), "x".repeat(61), "x".repeat(81), "x".repeat(101), "x".repeat(201),
                    "x".repeat(256), "W".repeat(5000), "é".repeat(70_000)));
            case 2 -> pick(STRINGS);
            case 3 -> randomText(1 + random.nextInt(60));
            default -> pick(List.of("", " ", "\u200B", "\uFEFF", "\uD800", "😀", "\u202E", "TIDAK_ADA", "-1", "1e999999999"));
        };
    }

    /** Random code points from every plane, controls and unpaired surrogates included. */
    public String randomText(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append((char) (0x20 + random.nextInt(0x5F)));
                case 2 -> text.append((char) random.nextInt(0x10000));
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
                default -> text.append("aéİ€0 ;,\"\n".charAt(random.nextInt(10)));
            }
        }
        return text.toString();
    }

    public byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A copy of the input with a few bytes flipped, inserted, removed or duplicated. */
    public byte[] mutate(byte[] input) {
        var out = new java.io.ByteArrayOutputStream();
        int edits = 1 + random.nextInt(8);
        byte[] data = input.clone();
        for (int e = 0; e < edits && data.length > 0; e++) {
            int at = random.nextInt(data.length);
            out.reset();
            switch (random.nextInt(4)) {
                case 0 -> {
                    data[at] = (byte) random.nextInt(256);
                    continue;
                }
                case 1 -> {
                    out.write(data, 0, at);
                    out.writeBytes(bytes(1 + random.nextInt(16)));
                    out.write(data, at, data.length - at);
                }
                case 2 -> {
                    int cut = Math.min(data.length - at, 1 + random.nextInt(32));
                    out.write(data, 0, at);
                    out.write(data, at + cut, data.length - at - cut);
                }
                default -> {
                    int len = Math.min(data.length - at, 1 + random.nextInt(64));
                    out.write(data, 0, at + len);
                    out.write(data, at, data.length - at);
                }
            }
            data = out.toByteArray();
        }
        return data;
    }

    public String mutate(String input) {
        return new String(mutate(input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
