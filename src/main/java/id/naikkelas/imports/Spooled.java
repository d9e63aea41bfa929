package id.naikkelas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a local temporary file in one pass that also learns its SHA-256, whether it
 * is valid UTF-8 (else it is read as Windows-1252, what Excel on Windows writes), how many line
 * breaks it has and whether it has a NUL byte (no text list has one: binary content). Deleted when closed.
 */
record Spooled(Path path, long size, String sha256, boolean utf8, long lineBreaks, boolean hasNul) implements AutoCloseable {

    static Spooled copy(InputStream in) throws IOException {
        Path path = Files.createTempFile("naikkelas-import", ".upload");
        try (OutputStream out = Files.newOutputStream(path)) {
            var digest = newDigest();
            var utf8 = new Utf8Check();
            byte[] buffer = new byte[1 << 16];
            long size = 0;
            long lineBreaks = 0;
            boolean hasNul = false;
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                utf8.feed(buffer, n);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lineBreaks++;
                    } else if (buffer[i] == 0) {
                        hasNul = true;
                    }
                }
                size += n;
            }
            return new Spooled(path, size, HexFormat.of().formatHex(digest.digest()), utf8.finish(), lineBreaks, hasNul);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Decodes as it goes and remembers the first malformed sequence; a character split across buffers carries over. */
    private static final class Utf8Check {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer pending = ByteBuffer.allocate((1 << 16) + 8);
        private final CharBuffer sink = CharBuffer.allocate(1 << 16);
        private boolean valid = true;

        void feed(byte[] bytes, int length) {
            if (!valid) {
                return;
            }
            pending.put(bytes, 0, length).flip();
            valid = drain(false);
            pending.compact();
        }

        boolean finish() {
            if (valid) {
                pending.flip();
                valid = drain(true);
            }
            return valid;
        }

        private boolean drain(boolean last) {
            while (true) {
                sink.clear();
                CoderResult result = decoder.decode(pending, sink, last);
                if (result.isError()) {
                    return false;
                }
                if (result.isUnderflow()) {
                    return !last || !pending.hasRemaining();
                }
            }
        }
    }
}
