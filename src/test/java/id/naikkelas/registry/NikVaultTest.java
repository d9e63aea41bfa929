package id.naikkelas.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NikVaultTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String NIK = "1472014503850001";

    @TempDir
    Path dir;

    @Test
    void sealsWithAFreshIvEachTimeOpensBackAndHashesEqualNiksEqually() {
        var vault = new NikVault(KEY, dir.resolve("unused.key"), new MockEnvironment());
        String first = vault.seal(NIK);
        String second = vault.seal(NIK);
        assertThat(first).startsWith("v1:").doesNotContain(NIK).isNotEqualTo(second);
        assertThat(vault.open(first)).isEqualTo(NIK);
        assertThat(vault.open(second)).isEqualTo(NIK);
        assertThat(vault.hash(NIK)).hasSize(64).isEqualTo(vault.hash(NIK)).isNotEqualTo(vault.hash("1472014503850002"))
                .doesNotContain(NIK);
        assertThat(vault.seal(null)).isNull();
        assertThat(vault.open(null)).isNull();
        assertThat(vault.hash(null)).isNull();
    }

    @Test
    void anotherKeyCannotOpenNorMatch() {
        var ours = new NikVault(KEY, dir.resolve("a.key"), new MockEnvironment());
        var theirs = new NikVault(Base64.getEncoder().encodeToString(new byte[32]), dir.resolve("b.key"), new MockEnvironment());
        assertThatThrownBy(() -> theirs.open(ours.seal(NIK))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("naikkelas.pii.key");
        assertThat(theirs.hash(NIK)).isNotEqualTo(ours.hash(NIK));
        // a flipped byte is detected (GCM tag), not decrypted into another NIK
        String sealed = ours.seal(NIK);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> ours.open("v1:" + Base64.getEncoder().encodeToString(raw))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theEmbeddedDatabaseGetsAKeyFileOnceAndAnExternalOneMustBeGivenAKey() throws Exception {
        Path file = dir.resolve("data").resolve("pii.key");
        var created = new NikVault("", file, new MockEnvironment());
        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        var reread = new NikVault("", file, new MockEnvironment());
        assertThat(reread.open(created.seal(NIK))).isEqualTo(NIK);

        var external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/naikkelas");
        assertThatThrownBy(() -> new NikVault("", dir.resolve("none.key"), external))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NAIKKELAS_PII_KEY");
        assertThatThrownBy(() -> new NikVault("c2hvcnQ=", dir.resolve("none.key"), external))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
