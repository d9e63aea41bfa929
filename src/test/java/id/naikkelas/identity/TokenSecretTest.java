package id.naikkelas.identity;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSecretTest {

    @Test
    void aTokenIsTheGreppablePrefixAnd32RandomBytesInBase64Url() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String token = TokenSecret.generate();
            assertThat(token).matches("nk_[A-Za-z0-9_-]{43}").hasSize(46);
            assertThat(TokenSecret.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void onlyTheExactFormatIsWellFormed() {
        String token = TokenSecret.generate();
        assertThat(TokenSecret.wellFormed(null)).isFalse();
        assertThat(TokenSecret.wellFormed("")).isFalse();
        assertThat(TokenSecret.wellFormed(token.substring(0, 45))).isFalse();
        assertThat(TokenSecret.wellFormed(token + "A")).isFalse();
        assertThat(TokenSecret.wellFormed("NK_" + token.substring(3))).isFalse();
        assertThat(TokenSecret.wellFormed(token.substring(0, 10) + "+" + token.substring(11))).isFalse();
        assertThat(TokenSecret.wellFormed(token + "\n")).isFalse();
    }

    @Test
    void theStoredHashIsSha256OfTheTokenTextAndTheHintRevealsFourCharacters() {
        // the same digest as `printf nk_abc | sha256sum`
        assertThat(HexFormat.of().formatHex(TokenSecret.hash("nk_abc")))
                .isEqualTo("d3a39b684d8f307050b5ed75b34ba6f180306aa34eff5b3f924c85263a9869b4");
        assertThat(TokenSecret.hash(TokenSecret.generate())).hasSize(32);
        assertThat(TokenSecret.hint("nk_Ab3xQQQQ")).isEqualTo("nk_Ab3x");
    }
}
