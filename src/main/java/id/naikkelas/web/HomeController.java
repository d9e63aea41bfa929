package id.naikkelas.web;

import id.naikkelas.identity.Access;
import id.naikkelas.identity.CurrentUser;
import id.naikkelas.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** After login everyone lands on "/", which sends each role to its own home page. */
@Controller
class HomeController {

    /** Order matters for people with several roles: the broadest responsibility wins. */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.PROGRAM_MANAGER, Role.OFFICER,
            Role.FACILITATOR, Role.PARTNER, Role.OWNER, Role.BUYER);

    private final Access access;

    HomeController(Access access) {
        this.access = access;
    }

    @GetMapping("/")
    String home() {
        CurrentUser me = access.require();
        return "redirect:" + PRECEDENCE.stream().filter(me::has).findFirst().map(HomeController::homeOf).orElse("/akun");
    }

    static String homeOf(Role role) {
        return switch (role) {
            case ADMIN -> "/admin";
            case PROGRAM_MANAGER, OFFICER -> "/petugas";
            case FACILITATOR -> "/pendamping";
            case PARTNER -> "/mitra";
            case OWNER -> "/usaha-saya";
            case BUYER -> "/pembeli";
        };
    }

    @GetMapping("/akun")
    String account() {
        return "home/account";
    }
}
