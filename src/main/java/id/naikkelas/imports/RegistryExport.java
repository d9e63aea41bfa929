package id.naikkelas.imports;

import id.naikkelas.common.Labels;
import id.naikkelas.identity.Access;
import id.naikkelas.registry.BusinessRow;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.ExportDetails;
import id.naikkelas.registry.SearchCriteria;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The registry list, filtered as on the search page, as an Excel file streamed page by page through
 * the registry's own search (so the same jurisdiction and filters apply). NIK is written in full only
 * for staff who verify identities in the region (as on the profile page), masked for everyone else.
 * The headers are the ones the import recognises, so an exported list can be corrected and imported back.
 */
@Service
class RegistryExport {

    static final List<String> COLUMNS = List.of("name", "owner", "nik", "nib", "phone", "address", "village", "district",
            "regency", "regionCode", "sector", "scale", "status", "permits");
    private static final int PAGE = 100;

    private final Businesses businesses;
    private final ExportDetails exportDetails;
    private final MessageSource messages;
    private final Access access;

    RegistryExport(Businesses businesses, ExportDetails exportDetails, MessageSource messages, Access access) {
        this.businesses = businesses;
        this.exportDetails = exportDetails;
        this.messages = messages;
        this.access = access;
    }

    void write(SearchCriteria criteria, OutputStream out, Locale locale) throws IOException {
        var me = access.require();
        if (!me.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("the registry export is for agency staff");
        }
        boolean fullNik = me.isProgramStaff();
        var workbook = new Workbook(out, "Naik Kelas", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("imports.export.sheet", null, locale));
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.inlineString(0, c, messages.getMessage("imports.export.column." + COLUMNS.get(c), null, locale));
        }
        sheet.range(0, 0, 0, COLUMNS.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int row = 1;
        String cursor = null;
        do {
            var page = businesses.search(criteria, cursor, PAGE);
            var details = exportDetails.of(page.items().stream().map(BusinessRow::id).toArray(Long[]::new), fullNik);
            for (var b : page.items()) {
                var d = details.get(b.id());
                if (d == null) {
                    continue;
                }
                String[] values = {b.name(), b.ownerName(), d.nik(), d.nib(), d.phone(), d.address(),
                        d.village(), d.district(), d.regency(), b.regionCode(),
                        messages.getMessage(Labels.key(b.sector()), null, locale),
                        b.scale() == null ? null : messages.getMessage(Labels.key(b.scale()), null, locale),
                        messages.getMessage(Labels.key(b.status()), null, locale),
                        String.join(", ", b.permits().stream().map(p -> messages.getMessage(Labels.key(p), null, locale)).toList())};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        // text cells: NIK, NIB and phone keep every digit and the leading zero
                        sheet.inlineString(row, c, values[c]);
                    }
                }
                row++;
            }
            sheet.flush();
            cursor = page.next();
        } while (cursor != null);
        workbook.finish();
    }
}
