package id.naikkelas.common;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads an uploaded file only after checking its declared size: the request limit is large (agency
 * lists of a million rows), so a photo or document form must not pull hundreds of megabytes into memory.
 */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] read(MultipartFile file, int maxBytes, String field) {
        if (file.getSize() > maxBytes) {
            throw InvalidInput.of(field, "upload.tooLarge", maxBytes / (1024 * 1024));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
