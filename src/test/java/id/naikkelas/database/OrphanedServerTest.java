package id.naikkelas.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** After the application is killed, its embedded server is stopped on the next start instead of blocking it. */
class OrphanedServerTest {

    @Test
    void theServerOfAKilledApplicationIsStoppedAndTheDirectoryStartsAgain(@TempDir Path dataDir) throws Exception {
        var app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerThenWait.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("the child application started its server").isEqualTo("ready");
        }
        app.destroyForcibly(); // kill -9: no shutdown hook, the server keeps running
        assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).hasValue(true);

        assertThat(OrphanedServer.stopIfAny(dataDir)).isTrue();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        try (var again = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             var connection = again.getPostgresDatabase().getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
            assertThat(OrphanedServer.stopIfAny(dataDir)).as("a server in use by a live application is left alone").isFalse();
        }
    }

    @Test
    void noServerNothingToStop(@TempDir Path dataDir) throws Exception {
        assertThat(OrphanedServer.stopIfAny(dataDir)).isFalse();
    }

    /** Stands for the application: starts a server on the directory, says so, and waits to be killed. */
    public static class ServerThenWait {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false).start();
            System.out.println("ready");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
