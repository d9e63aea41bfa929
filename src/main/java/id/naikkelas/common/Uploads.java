package id.naikkelas.common;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads an uploaded file only after checking its declared size: the request limit is large (agency
 * lists of a million rows), so a photo or document form must not pull hundreds of megabytes into memory.
 */
public final class Uploads {

    /** The columns holding file names are varchar(200). */
    static final int MAX_NAME = 200;

    private Uploads() {
    }

    /**
     * The name an uploaded file is kept and shown under: its last path segment, with control characters (NUL
     * included, which PostgreSQL cannot store) and broken Unicode as '_', at most {@value #MAX_NAME} characters
     * keeping the extension; empty when it has none (the services then name the file themselves). Unlike text a
     * person types, which is refused when it holds a NUL ({@link InputBoundary}), a file's name is nobody's input
     * here: it is made safe rather than refused, so a phone's odd file name never stands between a person and their
     * upload.
     */
    public static String fileName(MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        if (name == null) {
            return "";
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var safe = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean brokenPair = Character.isHighSurrogate(c) ? i + 1 >= name.length() || !Character.isLowSurrogate(name.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1)));
            safe.append(Character.isISOControl(c) || brokenPair ? '_' : c);
        }
        name = safe.toString().strip();
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
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
