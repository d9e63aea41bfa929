package id.naikkelas.certification;

import id.naikkelas.common.InvalidInput;
import id.naikkelas.common.NotFound;
import id.naikkelas.storage.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Files attached to cases. Only PDF, JPEG and PNG are accepted, recognised by their first bytes
 * (a renamed file is refused), up to {@link #MAX_BYTES}.
 */
@Component
class CaseDocuments {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final FileStore files;
    private final PathwayTemplates templates;

    CaseDocuments(JdbcClient jdbc, FileStore files, PathwayTemplates templates) {
        this.jdbc = jdbc;
        this.files = files;
        this.templates = templates;
    }

    record StoredFile(String fileName, String contentType, byte[] content) {
    }

    long store(long caseId, String type, String fileName, byte[] content, String uploadedBy, boolean onBehalf) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", "certification.document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInput.of("file", "upload.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        var kind = Kind.of(content);
        if (kind == null) {
            throw InvalidInput.of("file", "certification.document.wrongType");
        }
        String name = fileName == null || fileName.isBlank() ? type.toLowerCase() + "." + kind.extension
                : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String key = files.put("cases/" + caseId, content, kind.extension);
        return jdbc.sql("""
                        INSERT INTO case_document (case_id, document_type, file_name, content_type, size_bytes, storage_key, uploaded_by, on_behalf)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(caseId, type, name, kind.contentType, content.length, key, uploadedBy, onBehalf)
                .query(Long.class).single();
    }

    List<CaseView.DocumentView> list(long caseId) {
        return jdbc.sql("SELECT * FROM case_document WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, i) -> new CaseView.DocumentView(rs.getLong("id"),
                        templates.documentType(rs.getString("document_type"))
                                .orElse(new DocumentType(rs.getString("document_type"), rs.getString("document_type"), rs.getString("document_type"))),
                        rs.getString("file_name"), rs.getInt("size_bytes"), rs.getString("uploaded_by"), rs.getBoolean("on_behalf"),
                        rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    List<String> typesOf(long caseId) {
        return jdbc.sql("SELECT DISTINCT document_type FROM case_document WHERE case_id = ?").param(caseId).query(String.class).list();
    }

    StoredFile file(long caseId, long documentId) {
        var row = jdbc.sql("SELECT file_name, content_type, storage_key FROM case_document WHERE id = ? AND case_id = ?")
                .params(documentId, caseId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional()
                .orElseThrow(() -> new NotFound("document", documentId));
        return new StoredFile(row[0], row[1], files.get(row[2]).orElseThrow(() -> new NotFound("document", documentId)));
    }

    /** The file kinds accepted, by their magic numbers. */
    enum Kind {
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        final String contentType;
        final String extension;
        final byte[] magic;

        Kind(String contentType, String extension, byte[] magic) {
            this.contentType = contentType;
            this.extension = extension;
            this.magic = magic;
        }

        static Kind of(byte[] content) {
            for (Kind kind : values()) {
                if (content.length >= kind.magic.length && java.util.Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
