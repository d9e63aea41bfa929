/**
 * Where uploaded files live: behind {@link id.naikkelas.storage.FileStore}, a local directory
 * by default (an S3-compatible store can implement the same interface), plus safe image handling.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File storage")
package id.naikkelas.storage;
