package id.naikkelas.storage;

import id.naikkelas.common.Today;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/** Files in a local directory (./data/files by default). Writes go through a temp file, so a crash leaves no half file. */
@Component
class LocalFileStore implements FileStore {

    private final Path root;
    private final Today today;

    LocalFileStore(@Value("${naikkelas.storage.dir:./data/files}") Path root, Today today) {
        this.root = root.toAbsolutePath().normalize();
        this.today = today;
    }

    @Override
    public String put(String folder, byte[] content, String extension) {
        var today = this.today.date();
        String key = "%s/%d/%02d/%s.%s".formatted(folder, today.getYear(), today.getMonthValue(), UUID.randomUUID(), extension);
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key, e);
        }
        return key;
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys come from our own tables, but a key must never escape the root directory anyway. */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Invalid storage key");
        }
        return path;
    }
}
