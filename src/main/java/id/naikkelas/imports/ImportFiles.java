package id.naikkelas.imports;

import id.naikkelas.storage.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;

/**
 * Uploaded files in the {@link FileStore}, cut into parts so that storing or reading a 200 MB list
 * never holds more than one part in memory; their keys are kept per job.
 */
@Component
class ImportFiles {

    static final int PART_SIZE = 8 << 20;

    private final FileStore store;
    private final JdbcClient jdbc;

    ImportFiles(FileStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    record Part(String key, int size) {
    }

    List<Part> store(Path file) throws IOException {
        var parts = new ArrayList<Part>();
        try (InputStream in = Files.newInputStream(file)) {
            for (byte[] part; (part = in.readNBytes(PART_SIZE)).length > 0; ) {
                parts.add(new Part(store.put("imports", part, "part"), part.length));
            }
        } catch (IOException | RuntimeException e) {
            delete(parts);
            throw e;
        }
        return parts;
    }

    void delete(List<Part> parts) {
        parts.forEach(p -> store.delete(p.key()));
    }

    void attach(long jobId, List<Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            jdbc.sql("INSERT INTO import_file_part (job_id, part_no, storage_key, size) VALUES (?, ?, ?, ?)")
                    .params(jobId, i, parts.get(i).key(), parts.get(i).size()).update();
        }
    }

    /** The stored file as one stream; each part is fetched when the previous one is used up. */
    InputStream open(long jobId) {
        var keys = jdbc.sql("SELECT storage_key FROM import_file_part WHERE job_id = ? ORDER BY part_no").param(jobId)
                .query(String.class).list();
        Iterator<String> remaining = keys.iterator();
        return new SequenceInputStream(new Enumeration<InputStream>() {
            @Override
            public boolean hasMoreElements() {
                return remaining.hasNext();
            }

            @Override
            public InputStream nextElement() {
                String key = remaining.next();
                return new ByteArrayInputStream(store.get(key)
                        .orElseThrow(() -> new IllegalStateException("stored import part missing: " + key)));
            }
        });
    }

    /** A local copy of the stored file, for readers that need random access (xlsx); the caller deletes it. */
    Path copyToTemp(long jobId) throws IOException {
        Path path = Files.createTempFile("naikkelas-import", ".xlsx");
        try (InputStream in = open(jobId)) {
            Files.copy(in, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return path;
    }
}
