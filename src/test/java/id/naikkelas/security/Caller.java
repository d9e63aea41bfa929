package id.naikkelas.security;

import id.naikkelas.identity.Role;

import java.util.List;

/**
 * Who asks: every demo account of the README with the role and jurisdiction the README gives it, and nobody.
 * The matrix derives what each may reach from these facts, not from the code under test.
 */
enum Caller {
    ADMIN("admin", Role.ADMIN, null, List.of()),
    MANAGER_DUMAI("manajer.dumai", Role.PROGRAM_MANAGER, "Loka POM di Kota Dumai", List.of("14.72")),
    OFFICER_DUMAI("petugas.dumai", Role.OFFICER, "Loka POM di Kota Dumai", List.of("14.72")),
    OFFICER_BENGKALIS("petugas.bengkalis", Role.OFFICER, "Dinas Koperasi dan UKM Kabupaten Bengkalis", List.of("14.03")),
    OFFICER_LAMPUNG("petugas.lampung", Role.OFFICER, "Dinas Koperasi dan UKM Provinsi Lampung", List.of("18")),
    FACILITATOR_PALANGKARAYA("pendamping.palangkaraya", Role.FACILITATOR, "Balai Besar POM di Palangka Raya", List.of("62")),
    OFFICER_PALANGKARAYA("petugas.palangkaraya", Role.OFFICER, "Balai Besar POM di Palangka Raya", List.of("62")),
    MANAGER_BANDARLAMPUNG("petugas.bandarlampung", Role.PROGRAM_MANAGER,
            "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kota Bandar Lampung", List.of("18.71")),
    OWNER("pemilik.demo", Role.OWNER, null, List.of()),
    PARTNER("mitra.demo", Role.PARTNER, "Universitas Palangka Raya", List.of()),
    BUYER("pembeli.demo", Role.BUYER, null, List.of()),
    ANONYMOUS(null, null, null, List.of());

    final String username;
    final Role role;
    final String agency;
    final List<String> regions;

    Caller(String username, Role role, String agency, List<String> regions) {
        this.username = username;
        this.role = role;
        this.agency = agency;
        this.regions = regions;
    }

    boolean signedIn() {
        return role != null;
    }

    boolean is(Role wanted) {
        return role == wanted;
    }

    /** Officers, program managers and administrators: they work on every record of their jurisdiction. */
    boolean editor() {
        return role == Role.ADMIN || role == Role.PROGRAM_MANAGER || role == Role.OFFICER;
    }

    /** Editors and facilitators. */
    boolean staff() {
        return editor() || role == Role.FACILITATOR;
    }

    /** The region itself or one below it; administrators cover the whole country. */
    boolean covers(String region) {
        if (role == Role.ADMIN) {
            return true;
        }
        return region != null && regions.stream().anyMatch(code -> region.equals(code) || region.startsWith(code + "."));
    }

    /** Staff whose jurisdiction lies inside the region (a province-wide event is also a Dumai officer's). */
    boolean within(String region) {
        return staff() && regions.stream().anyMatch(code -> code.startsWith(region + "."));
    }

    boolean manages(String region) {
        return editor() && covers(region);
    }

    @Override
    public String toString() {
        return username == null ? "anonim" : username;
    }
}
