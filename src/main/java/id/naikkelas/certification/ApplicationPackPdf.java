package id.naikkelas.certification;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Prints a {@link Pack} on A4 so it can be read from paper while filling the outside system's
 * form: title, what is still missing (first, so nobody starts typing without it), the sections as
 * label/value tables, and the documents with whether each is already on the case. Uses the PDF
 * standard Helvetica, which covers the Latin letters Indonesian and English are written in.
 */
@Component
class ApplicationPackPdf {

    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x63, 0x70);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd4);
    private static final Color LABEL_BACKGROUND = new Color(0xf3, 0xf4, 0xf6);
    private static final Color WARN_BACKGROUND = new Color(0xff, 0xf4, 0xd6);
    private static final Color WARN_BORDER = new Color(0xd9, 0x9a, 0x06);
    private static final Color MISSING = new Color(0xb4, 0x23, 0x18);
    private static final Color OK = new Color(0x15, 0x6f, 0x3a);

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, INK);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 11, Font.NORMAL, INK);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
    private static final Font NOT_FILLED = new Font(Font.HELVETICA, 10, Font.ITALIC, MISSING);
    private static final Font EMPTY = new Font(Font.HELVETICA, 10, Font.NORMAL, MUTED);
    private static final Font UPLOADED = new Font(Font.HELVETICA, 10, Font.NORMAL, OK);

    private final MessageSource messages;

    ApplicationPackPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Pack pack, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 48, 56);
        var writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(page -> text(locale, "pack.pdf.footer", pack.systemName(), pack.productName(), String.valueOf(page))));
        document.addTitle(text(locale, "pack.pdf.heading", pack.systemName()) + " · " + pack.productName());
        document.addCreator("Naik Kelas");
        document.open();
        header(document, pack, locale);
        missing(document, pack, locale);
        for (var section : pack.sections()) {
            section(document, section, locale);
        }
        documents(document, pack, locale);
        footnotes(document, pack, locale);
        document.close();
        return out.toByteArray();
    }

    private void header(Document document, Pack pack, Locale locale) {
        document.add(paragraph(text(locale, "pack.pdf.heading", pack.systemName()), TITLE, 0, 2));
        document.add(paragraph(pack.permit() + " · " + pack.productName() + " · " + pack.businessName(), SUBTITLE, 0, 2));
        document.add(paragraph(pack.title(), BODY, 0, 2));
        String date = pack.generatedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        document.add(paragraph(text(locale, "pack.pdf.generated", date, String.valueOf(pack.caseId())), SMALL, 0, 10));
        if (pack.unconfirmed()) {
            document.add(paragraph(text(locale, "pack.pdf.unconfirmedPack"), SMALL, 0, 8));
        }
    }

    /** A shaded box: what to complete on the platform before the form can be filled in. */
    private void missing(Document document, Pack pack, Locale locale) {
        var box = new PdfPCell();
        box.setPadding(8);
        box.setBorderColor(WARN_BORDER);
        box.setBackgroundColor(WARN_BACKGROUND);
        box.addElement(paragraph(text(locale, "pack.missing.title"), HEADING, 0, 4));
        if (pack.missing().isEmpty()) {
            box.addElement(paragraph(text(locale, "pack.missing.none"), BODY, 0, 0));
        } else {
            box.addElement(paragraph(text(locale, "pack.missing.lead"), BODY, 0, 2));
            for (var item : pack.missing()) {
                box.addElement(paragraph("•  " + item.section() + ": " + item.label(), BODY, 0, 0));
            }
        }
        document.add(wholeWidth(box));
    }

    private void section(Document document, Pack.Section section, Locale locale) {
        var table = new PdfPTable(new float[] {38, 62});
        table.setWidthPercentage(100);
        table.setSpacingAfter(4);
        table.setHeaderRows(1);
        var title = cell(new Phrase(section.title() + (section.unconfirmed() ? " *" : ""), HEADING));
        title.setColspan(2);
        title.setBorder(Rectangle.BOTTOM);
        title.setPaddingLeft(0);
        title.setPaddingTop(12);
        table.addCell(title);
        for (var field : section.fields()) {
            var label = cell(new Phrase(field.label() + (field.unconfirmed() ? " *" : ""), BOLD));
            label.setBackgroundColor(LABEL_BACKGROUND);
            table.addCell(label);
            table.addCell(cell(new Phrase(field.value(), field.filled() ? BODY : field.optional() ? EMPTY : NOT_FILLED)));
        }
        document.add(table);
    }

    private void documents(Document document, Pack pack, Locale locale) {
        var table = new PdfPTable(new float[] {55, 45});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        var title = cell(new Phrase(text(locale, "pack.documents.title", pack.systemName()), HEADING));
        title.setColspan(2);
        title.setBorder(Rectangle.BOTTOM);
        title.setPaddingLeft(0);
        title.setPaddingTop(12);
        table.addCell(title);
        for (var d : pack.documents()) {
            var label = new Phrase(d.label(), BOLD);
            if (d.optional()) {
                label.add(new Chunk(" (" + text(locale, "pack.document.optional") + ")", SMALL));
            }
            var labelCell = cell(label);
            labelCell.setBackgroundColor(LABEL_BACKGROUND);
            table.addCell(labelCell);
            table.addCell(cell(d.uploaded()
                    ? new Phrase(text(locale, "pack.document.uploaded", String.join(", ", d.fileNames())), UPLOADED)
                    : new Phrase(text(locale, "pack.document.notUploaded"), d.optional() ? EMPTY : NOT_FILLED)));
        }
        document.add(table);
    }

    private void footnotes(Document document, Pack pack, Locale locale) {
        boolean anyUnconfirmed = pack.sections().stream()
                .anyMatch(s -> s.unconfirmed() || s.fields().stream().anyMatch(Pack.Field::unconfirmed));
        if (anyUnconfirmed) {
            document.add(paragraph(text(locale, "pack.pdf.unconfirmedMark", pack.systemName()), SMALL, 10, 0));
        }
        document.add(paragraph(text(locale, "pack.pdf.legalBasis", pack.legalBasis()), SMALL, anyUnconfirmed ? 2 : 10, 0));
    }

    private static PdfPTable wholeWidth(PdfPCell cell) {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(4);
        table.addCell(cell);
        return table;
    }

    private static PdfPCell cell(Phrase phrase) {
        var cell = new PdfPCell(phrase);
        cell.setPadding(5);
        cell.setBorderColor(RULE);
        cell.setUseAscender(true);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        var paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Which pack and page, on every page: printed sheets get separated. */
    private static final class Footer extends PdfPageEventHelper {

        private final IntFunction<String> text;

        Footer(IntFunction<String> text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(text.apply(writer.getPageNumber()), SMALL), document.left(), document.bottom() - 24, 0);
        }
    }
}
