package id.naikkelas.certification;

import id.naikkelas.common.NotFound;
import id.naikkelas.registry.Businesses;
import id.naikkelas.registry.Products;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A case's application packs as the web and API hand them out: the pack, its PDF, and a ZIP of
 * the PDF with every document uploaded to the case. Access goes through {@link Cases#get} first,
 * so a case outside the viewer's reach answers 404 like any other record.
 */
@Component
class ApplicationPackDownloads {

    private final Cases cases;
    private final Businesses businesses;
    private final Products products;
    private final CaseDocuments documents;
    private final ApplicationPacks packs;
    private final ApplicationPackPdf pdf;

    ApplicationPackDownloads(Cases cases, Businesses businesses, Products products, CaseDocuments documents,
                             ApplicationPacks packs, ApplicationPackPdf pdf) {
        this.cases = cases;
        this.businesses = businesses;
        this.products = products;
        this.documents = documents;
        this.packs = packs;
        this.pdf = pdf;
    }

    record Download(String fileName, String contentType, byte[] content) {
    }

    /** @param system the system's name as in a URL, any case ({@code oss}, {@code e_reg_bpom}) */
    Pack pack(long caseId, String system, Locale locale) {
        return pack(cases.get(caseId), system, locale); // Cases#get first: it refuses a case the viewer may not see
    }

    Download pdf(long caseId, String system, Locale locale) {
        var pack = pack(caseId, system, locale);
        return new Download(baseName(pack) + ".pdf", "application/pdf", pdf.render(pack, locale));
    }

    /**
     * The PDF plus every document on the case, numbered in upload order
     * ({@code 01-LABEL_DESIGN-label.pdf}) so two files of the same name cannot collide. Built in
     * memory: case files are at most {@link CaseDocuments#MAX_BYTES} each.
     */
    Download zip(long caseId, String system, Locale locale) {
        var c = cases.get(caseId);
        var pack = pack(c, system, locale);
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            add(zip, baseName(pack) + ".pdf", pdf.render(pack, locale));
            int number = 1;
            for (var document : c.documents()) {
                var file = documents.file(caseId, document.id());
                add(zip, String.format("%02d-%s-%s", number++, document.type().code(), file.fileName()), file.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download(baseName(pack) + ".zip", "application/zip", out.toByteArray());
    }

    private Pack pack(CaseView c, String system, Locale locale) {
        var offered = parse(system, c.id());
        if (!packs.systemsFor(c).contains(offered)) {
            throw new NotFound("application pack", c.id() + "/" + system);
        }
        return packs.build(offered, c, businesses.get(c.businessId()), products.get(c.productId()), locale);
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** e.g. {@code paket-oss-kasus-12}: the same in both languages, safe in any file system. */
    private static String baseName(Pack pack) {
        return "paket-" + pack.system().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-kasus-" + pack.caseId();
    }

    private static ExternalSystem parse(String system, long caseId) {
        try {
            return ExternalSystem.valueOf(system.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new NotFound("application pack", caseId + "/" + system);
        }
    }
}
