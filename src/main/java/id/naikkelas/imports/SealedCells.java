package id.naikkelas.imports;

import id.naikkelas.registry.BusinessData;
import id.naikkelas.registry.StagedNiks;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import keeps of a line for later (a rejected line's cells, a row waiting for review) holds its
 * NIKs sealed by the registry's {@link StagedNiks}, never in clear: a NIK-shaped cell is stored as
 * {@code {"nik": "v1:..."}} in place of its text. Reading gives back the cell as uploaded only where the
 * reader must see it (the Excel file to correct and upload again); elsewhere it is masked.
 */
@Component
class SealedCells {

    private static final String SEALED = "nik";

    private final StagedNiks vault;

    SealedCells(StagedNiks vault) {
        this.vault = vault;
    }

    /** The cells to store: text as read, NIK-shaped cells sealed as they were written (apostrophe, spaces and all). */
    List<Object> seal(List<String> cells) {
        var stored = new ArrayList<Object>(cells.size());
        for (String cell : cells) {
            stored.add(NikShapes.isNik(cell) ? Map.of(SEALED, vault.seal(cell)) : cell);
        }
        return stored;
    }

    /** The cells as uploaded (sealed ones opened), for the reader who corrects the list. */
    List<String> open(List<?> stored) {
        return stored.stream().map(cell -> cell instanceof Map<?, ?> sealed ? vault.open((String) sealed.get(SEALED)) : text(cell))
                .toList();
    }

    /** The cells with NIKs masked: what a page or the API shows. Older rows stored in clear are masked too. */
    List<String> masked(List<?> stored) {
        return stored.stream().map(cell -> cell instanceof Map<?, ?> sealed
                        ? NikShapes.mask(vault.open((String) sealed.get(SEALED)))
                        : NikShapes.mask(text(cell)))
                .toList();
    }

    /** A row for review keeps its owner's NIK sealed until an officer creates or merges it. */
    BusinessData sealOwner(BusinessData data) {
        return withNik(data, data.owner() == null ? null : vault.seal(data.owner().nik()));
    }

    BusinessData openOwner(BusinessData stored) {
        String nik = stored.owner() == null ? null : stored.owner().nik();
        // rows queued before NIKs were sealed here hold them in clear
        return nik == null || !nik.startsWith("v1:") ? stored : withNik(stored, vault.open(nik));
    }

    private static BusinessData withNik(BusinessData d, String nik) {
        if (d.owner() == null) {
            return d;
        }
        var o = d.owner();
        return new BusinessData(d.name(), d.legalForm(), d.nib(), d.npwp(), d.kbliCodes(), d.sector(), d.address(), d.regionCode(),
                d.latitude(), d.longitude(), d.workers(), d.foundedYear(), d.capital(), d.annualSales(), d.premises(), d.equipment(),
                d.productionSites(), d.outlets(), new BusinessData.OwnerData(o.fullName(), nik, o.gender(), o.phone(), o.email()),
                // the kind, menu and notes travel too: an undone merge restores them as they were
                d.kind(), d.menuItems(), d.notes());
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }
}
