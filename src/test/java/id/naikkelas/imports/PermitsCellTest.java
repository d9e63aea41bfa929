package id.naikkelas.imports;

import id.naikkelas.registry.PermitNumbers;
import id.naikkelas.registry.PermitType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A "permits held" cell as agencies write it: each rule with a cell on either side. */
class PermitsCellTest {

    static final PermitsCell CELL = new PermitsCell(PermitNumbers.load());

    static PermitsCell.Parsed parse(String cell) {
        return CELL.parse(cell);
    }

    static List<String> permits(PermitsCell.Parsed parsed) {
        return parsed.permits().stream().map(p -> p.type() + " " + p.number()).toList();
    }

    @Test
    void itemsSeparatedBySemicolonsAreEachAPermit() {
        var p = parse("P-IRT 2063507010477-29; Halal ID35110000123450824");
        assertThat(permits(p)).containsExactly("PIRT 2063507010477-29", "HALAL ID35110000123450824");
        assertThat(p.leftovers()).isEmpty();
        assertThat(p.permits().get(0).written()).isEqualTo("P-IRT 2063507010477-29");
    }

    @Test
    void aTypeWithoutANumberIsLeftOverNotAPermit() {
        var p = parse("PIRT No. 2063507010477-29, halal");
        assertThat(permits(p)).containsExactly("PIRT 2063507010477-29");
        assertThat(p.leftovers()).containsExactly("halal");
    }

    @Test
    void claimsInWordsAreLeftOver() {
        assertThat(parse("halal (proses)").leftovers()).containsExactly("halal (proses)");
        assertThat(parse("halal (proses)").permits()).isEmpty();
        assertThat(parse("P-IRT sudah ada").leftovers()).containsExactly("P-IRT sudah ada");
        assertThat(parse("Merek terdaftar").leftovers()).containsExactly("Merek terdaftar");
    }

    @Test
    void pirtLabelsInTheirSpellings() {
        assertThat(permits(parse("SPP-IRT No. 206350701047729"))).containsExactly("PIRT 2063507010477-29");
        assertThat(permits(parse("Izin P.IRT: 2063507010477-29"))).containsExactly("PIRT 2063507010477-29");
        assertThat(permits(parse("pirt 2063507010477 29"))).containsExactly("PIRT 2063507010477-29");
        // a number cut short is not a P-IRT number: kept as written
        var cut = parse("P-IRT 20635070104-29");
        assertThat(cut.permits()).isEmpty();
        assertThat(cut.leftovers()).containsExactly("P-IRT 20635070104-29");
    }

    @Test
    void bpomMdAndMlWithOrWithoutTheBpomLabel() {
        assertThat(permits(parse("BPOM RI MD 234567890123"))).containsExactly("BPOM_MD BPOM RI MD 234567890123");
        assertThat(permits(parse("MD 2345 6789 0123"))).containsExactly("BPOM_MD BPOM RI MD 234567890123");
        assertThat(permits(parse("BPOM RI ML 234567890123"))).containsExactly("BPOM_ML BPOM RI ML 234567890123");
        // BPOM without MD/ML does not say which registration: a note
        assertThat(parse("BPOM 234567890123").permits()).isEmpty();
        assertThat(parse("BPOM 234567890123").leftovers()).containsExactly("BPOM 234567890123");
        assertThat(parse("MD 12345").leftovers()).containsExactly("MD 12345");
    }

    @Test
    void halalBySertifikatShOrItsOwnNumber() {
        assertThat(permits(parse("Sertifikat Halal No: ID35110000123450824"))).containsExactly("HALAL ID35110000123450824");
        assertThat(permits(parse("SH ID35110000123450824"))).containsExactly("HALAL ID35110000123450824");
        assertThat(permits(parse("ID35110000123450824"))).containsExactly("HALAL ID35110000123450824");
        // an old MUI number is not a BPJPH certificate number
        assertThat(parse("Halal MUI 00120012345678").permits()).isEmpty();
        assertThat(parse("Halal MUI 00120012345678").leftovers()).containsExactly("Halal MUI 00120012345678");
    }

    @Test
    void nibIsTheBusinessesNumberNotAPermit() {
        var p = parse("NIB 9120001234567; P-IRT 2063507010477-29");
        assertThat(p.nib()).isEqualTo("9120001234567");
        assertThat(permits(p)).containsExactly("PIRT 2063507010477-29");
        var bad = parse("NIB 91200012345");
        assertThat(bad.nib()).isNull();
        assertThat(bad.leftovers()).containsExactly("NIB 91200012345");
        assertThat(parse("NIB: sedang diurus").leftovers()).containsExactly("NIB: sedang diurus");
    }

    @Test
    void sniAndSlhsNumbersCarryTheirWordInside() {
        assertThat(permits(parse("443.5/123/SLHS/DINKES/2024"))).containsExactly("SLHS 443.5/123/SLHS/DINKES/2024");
        assertThat(permits(parse("SLHS No. 443.5/123/DINKES/2024"))).containsExactly("SLHS 443.5/123/DINKES/2024");
        assertThat(permits(parse("1234/SPPT-SNI/LSPRO/2024"))).containsExactly("SNI 1234/SPPT-SNI/LSPRO/2024");
        assertThat(parse("SNI (belum)").leftovers()).containsExactly("SNI (belum)");
        assertThat(parse("Laik higiene sanitasi").permits()).isEmpty();
    }

    @Test
    void trademarkOnlyWithADjkiNumber() {
        assertThat(permits(parse("Merek IDM000123456"))).containsExactly("TRADEMARK IDM000123456");
        assertThat(permits(parse("HKI: DID2024012345"))).containsExactly("TRADEMARK DID2024012345");
        assertThat(parse("HAKI 12/2023").permits()).isEmpty();
        assertThat(parse("HAKI 12/2023").leftovers()).containsExactly("HAKI 12/2023");
    }

    @Test
    void typesWithoutDigitsAreSplitAtSlashes() {
        var p = parse("P-IRT/Halal");
        assertThat(p.permits()).isEmpty();
        assertThat(p.leftovers()).containsExactly("P-IRT", "Halal");
        // with a number the slash belongs to it
        assertThat(permits(parse("SLHS 443.5/123/DINKES/2024"))).hasSize(1);
    }

    @Test
    void placeholdersBulletsAndRepeatsAreNothing() {
        assertThat(parse("-").empty()).isTrue();
        assertThat(parse("tidak ada").empty()).isTrue();
        assertThat(parse(null).empty()).isTrue();
        var p = parse("- P-IRT 2063507010477-29\n- P-IRT 206350701047729\n• halal dan -");
        assertThat(permits(p)).containsExactly("PIRT 2063507010477-29");
        assertThat(p.leftovers()).containsExactly("halal");
    }

    @Test
    void unknownTypesAreLeftOverAsWritten() {
        var p = parse("PKP 440/123/PKP/2024 | Izin edar dinkes | P-IRT 2063507010477-29");
        assertThat(permits(p)).containsExactly("PIRT 2063507010477-29");
        assertThat(p.leftovers()).containsExactly("PKP 440/123/PKP/2024", "Izin edar dinkes");
    }

    @Test
    void manyRealLookingCellsNeverThrowAndKeepEveryItem() {
        var cells = Map.of(
                "P-IRT 2063507010477-29 & Halal ID35110000123450824", 2,
                "Halal (self declare) ID35110000123450824", 0,
                "PIRT: 2063507010477-29 (berlaku s/d 2027)", 0,
                "sertifikat halal, PIRT, NIB", 0,
                "SPP-IRT 5063507010477-29 + BPOM RI MD 234567890123", 2);
        cells.forEach((cell, permitCount) -> {
            var p = parse(cell);
            assertThat(p.permits()).as(cell).hasSize(permitCount);
            assertThat(p.permits().size() + p.leftovers().size() + (p.nib() == null ? 0 : 1)).as(cell)
                    .isEqualTo(PermitsCell.items(cell).size());
        });
        assertThat(permits(parse("SPP-IRT 5063507010477-29"))).containsExactly("PIRT 5063507010477-29");
        assertThat(parse("PIRT: 2063507010477-29 (berlaku s/d 2027)").leftovers()).hasSize(1);
        assertThat(PermitType.values()).contains(PermitType.SLHS);
    }
}
