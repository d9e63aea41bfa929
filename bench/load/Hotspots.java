import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Where the request threads' CPU goes in a JFR recording: the methods most often on top of the stack (self) and
 * the methods most often anywhere in it (total), as shares of the request threads' execution samples.
 *   java bench/load/Hotspots.java app.jfr [rows] [thread-name-prefix] [frame-filter]
 * Record with {@code jcmd PID JFR.start settings=profile filename=app.jfr} (or -XX:StartFlightRecording) while
 * one page is asked for in a loop (cpu-per-page.sh); frame-filter keeps only methods whose class name contains it.
 */
class Hotspots {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String threads = args.length > 2 ? args[2] : "http-nio";
        String filter = args.length > 3 ? args[3] : "";
        Map<String, Integer> self = new HashMap<>(), total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            var thread = event.getThread("sampledThread");
            if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith(threads)) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            var seen = new HashSet<String>();
            for (var frame : frames) {
                String name = name(frame);
                if (name.contains(filter) && seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples of threads named %s*%n%n-- self --%n", samples, threads);
        print(self, samples, rows);
        System.out.printf("%n-- total (anywhere in the stack) --%n");
        print(total, samples, rows);
    }

    static String name(RecordedFrame frame) {
        var method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }

    static void print(Map<String, Integer> counts, int samples, int rows) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf("%5.1f%%  %5d  %s%n", 100.0 * e.getValue() / samples, e.getValue(), e.getKey()));
    }
}
