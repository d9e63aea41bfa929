package id.naikkelas.registry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * NIKs at rest (UU PDP, ADR 0007): stored sealed with AES-256-GCM, found through a keyed hash
 * (HMAC-SHA256), never in clear in the database, its backups or its logs. Both keys are derived
 * from one secret: {@code naikkelas.pii.key} (32 random bytes, Base64). With the embedded database
 * and no key configured, one is created once next to the data ({@code naikkelas.pii.key-file});
 * with an external database the key must be given, or the application does not start.
 */
@Component
public class NikVault {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec sealing;
    private final SecretKeySpec hashing;
    private final SecureRandom random = new SecureRandom();
    /** One cipher and one MAC per thread: looking them up costs more than using them, and an import seals thousands a second. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private final ThreadLocal<Mac> macs;

    NikVault(@Value("${naikkelas.pii.key:}") String key, @Value("${naikkelas.pii.key-file:./data/pii.key}") Path keyFile,
             Environment env) {
        byte[] secret = secret(key, keyFile, env.getProperty("spring.datasource.url", "").isBlank());
        this.sealing = new SecretKeySpec(derive(secret, "nik-seal"), "AES");
        this.hashing = new SecretKeySpec(derive(secret, "nik-hash"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> instance(() -> {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(hashing);
            return mac;
        }));
    }

    private interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sealed form to store; null for none. Each call gives another ciphertext (random IV). */
    public String seal(String nik) {
        if (nik == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(nik.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a NIK", e);
        }
    }

    /** The NIK of a sealed value; null for none. A value sealed under another key fails loudly. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed NIK");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            var cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, sealing, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a sealed NIK (is naikkelas.pii.key the one it was sealed with?)", e);
        }
    }

    /** The keyed hash to look a NIK up by (equal NIKs, equal hashes); null for none. */
    public String hash(String nik) {
        if (nik == null) {
            return null;
        }
        // doFinal resets the MAC for the next NIK of this thread
        return HexFormat.of().formatHex(macs.get().doFinal(nik.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] secret(String key, Path keyFile, boolean embedded) {
        if (!key.isBlank()) {
            return decode(key.trim(), "naikkelas.pii.key");
        }
        if (!embedded) {
            throw new IllegalStateException("With an external database, set naikkelas.pii.key (NAIKKELAS_PII_KEY): 32 random bytes "
                    + "in Base64, e.g. `openssl rand -base64 32`. It seals the NIKs in the registry; keep it safe and keep it.");
        }
        try {
            if (Files.exists(keyFile)) {
                return decode(Files.readString(keyFile).trim(), keyFile.toString());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh) + "\n");
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions (Windows): the file keeps the access rights of its folder
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the NIK key file " + keyFile, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not Base64", e);
        }
        if (bytes.length < 32) {
            throw new IllegalStateException(source + " must hold at least 32 bytes (it holds " + bytes.length + ")");
        }
        return bytes;
    }

    /** One key per purpose from the one secret, so the hash never reveals anything about the sealing key. */
    private static byte[] derive(byte[] secret, String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
