package id.naikkelas.identity;

import id.naikkelas.common.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void guessablePasswordsAreRefusedThoughTheyLookMixed() {
        for (String guessable : List.of("Demo-2026!", "demo-2026!", "Qwerty12345", "P@ssw0rd2026", "Bismillah123", "sayang12345",
                "umkm123456", "1234567890a", "Naikkelas2026")) {
            assertThat(problems(guessable, "siti", List.of())).as(guessable).containsExactly("password.common");
        }
    }

    @Test
    void theAccountsOwnWordsDoNotMakeAStrongPassword() {
        assertThat(problems("Rusdiyanto.Harahap7", "rh.dumai", List.of("Rusdiyanto Harahap", "rh@contoh.id"))).containsExactly("password.containsName");
        assertThat(problems("Kopi-Harahap-1985", "rh.dumai", List.of("Rusdiyanto Harahap"))).containsExactly("password.containsName");
        assertThat(problems("Rusdiyanto.Harahap7", "budi", java.util.Arrays.asList("Budi Santoso", null))).isEmpty();
        assertThat(problems("siti.a-Kopi-99", "siti.a", List.of())).containsExactly("password.containsUsername");
    }

    @Test
    void unusualPassphrasesPass() {
        for (String strong : List.of("Kopi-Tubruk-Jahe-7", "Rahasia-Kuat-1", "Bandeng.Presto.88", "kerupuk ikan dari dumai 3")) {
            assertThat(problems(strong, "siti", List.of())).as(strong).isEmpty();
        }
    }

    @Test
    void lengthAndMixAreCheckedFirst() {
        assertThat(problems("Pendek-1", "siti", List.of())).containsExactly("password.tooShort");
        assertThat(problems("a1".repeat(65), "siti", List.of())).containsExactly("password.tooLong");
        assertThat(problems("kerupukikandaridumai", "siti", List.of())).contains("password.needsMix");
    }

    private static List<String> problems(String password, String username, List<String> personal) {
        var problems = new InvalidInput.Collector();
        PasswordPolicy.check("password", password, username, personal, problems);
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInput e) {
            return e.violations().stream().map(InvalidInput.Violation::code).toList();
        }
    }
}
