package id.naikkelas.storage;

import java.util.Optional;

/** Stores file contents under generated keys; callers keep the key in their own tables. */
public interface FileStore {

    /** Stores the bytes and returns a new key such as {@code products/2026/11/4f1c....jpg}. */
    String put(String folder, byte[] content, String extension);

    Optional<byte[]> get(String key);

    void delete(String key);
}
