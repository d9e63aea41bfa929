import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a Gatling report (index.html's statistics table) into the Markdown table of bench/README.md:
 * each request with its count, throughput over its phase, percentiles and errors, and the throughput of
 * the saturated reads as a share of the bare endpoint's. Plain JDK, run as a single-file program:
 *   java bench/load/Summary.java bench/load/target/gatling/busymorning-... 60
 */
public class Summary {

    record Row(String name, long total, long ko, double runRate, int p50, int p95, int p99, int max) {
    }

    public static void main(String[] args) throws IOException {
        var html = Files.readString(Path.of(args[0], "index.html"));
        double phaseSeconds = Double.parseDouble(args[1]);
        var rows = new ArrayList<Row>();
        var row = Pattern.compile("class=\"ellipsed-name\">([^<]+)</span>.*?col-2\">(\\d+)</td>.*?col-4\">(\\d+)</td>"
                + ".*?col-6\">([\\d.,]+)</td>.*?col-8\">(\\d+)</td>.*?col-10\">(\\d+)</td>.*?col-11\">(\\d+)</td>.*?col-12\">(\\d+)</td>", Pattern.DOTALL)
                .matcher(html);
        long warmUp = 0;
        while (row.find()) {
            if (row.group(1).startsWith("warm-up ")) { // not a figure: the app is still compiling its code
                warmUp += Long.parseLong(row.group(2));
                continue;
            }
            rows.add(new Row(row.group(1), Long.parseLong(row.group(2)), Long.parseLong(row.group(3)),
                    Double.parseDouble(row.group(4).replace(",", "")), Integer.parseInt(row.group(5)), Integer.parseInt(row.group(6)),
                    Integer.parseInt(row.group(7)), Integer.parseInt(row.group(8))));
        }
        if (warmUp > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %,d requests, left out of the figures%n%n", warmUp);
        }
        System.out.println("| request | count | req/s in its phase | req/s over the run | p50 ms | p95 ms | p99 ms | max ms | errors |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (var r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %d | %d | %d | %d | %d |%n", r.name(), r.total(),
                    r.total() / phaseSeconds, r.runRate(), r.p50(), r.p95(), r.p99(), r.max(), r.ko());
        }
        long bare = sum(rows, "bare");
        long saturated = sum(rows, "saturated ");
        System.out.printf(Locale.ROOT, "%nbare endpoint: %.1f req/s; saturated reads (pages and API): %.1f req/s = %.3f x bare%n",
                bare / phaseSeconds, saturated / phaseSeconds, bare == 0 ? 0 : (double) saturated / bare);
        long errors = rows.stream().filter(r -> r.name().equals("All Requests")).mapToLong(Row::ko).sum();
        System.out.println("errors in the whole run: " + errors);
    }

    private static long sum(List<Row> rows, String prefix) {
        return rows.stream().filter(r -> r.name().startsWith(prefix)).mapToLong(Row::total).sum();
    }
}
