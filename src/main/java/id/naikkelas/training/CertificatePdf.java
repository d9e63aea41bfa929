package id.naikkelas.training;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The printable certificate: A4 landscape, the participant's name, the event, its code and a QR code of the verification link. */
@Component
class CertificatePdf {

    private static final Color BRAND = new Color(11, 110, 79);
    private static final Font TITLE = new Font(Font.HELVETICA, 26, Font.BOLD, BRAND);
    private static final Font NAME = new Font(Font.HELVETICA, 24, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 12, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);

    private final MessageSource messages;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Certificates.PublicCertificate c, String verifyUrl, Locale locale) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle(c.title() + " " + c.code());
        document.addCreator(text("app.name", locale));
        document.open();
        border(writer.getDirectContent(), document.getPageSize());
        line(document, c.organiser(), SMALL, 4);
        line(document, c.title().toUpperCase(locale), TITLE, 22);
        line(document, text("training.certificate.awardedTo", locale), BODY, 6);
        line(document, c.participantName(), NAME, 4);
        line(document, c.businessName(), BODY, 18);
        line(document, text("training.certificate.for", locale), BODY, 6);
        line(document, c.topic(), BOLD, 6);
        var format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        ZoneId zone = c.zone();
        String first = c.firstSession().atZoneSameInstant(zone).format(format);
        String last = c.lastSession().atZoneSameInstant(zone).format(format);
        line(document, (first.equals(last) ? first : first + " – " + last) + (c.regionLabel() == null ? "" : " · " + c.regionLabel()), BODY, 30);
        if (!c.trainers().isEmpty()) {
            line(document, text("training.trainers", locale) + ": " + String.join(", ", c.trainers()), SMALL, 4);
        }
        line(document, text("training.certificate.code", locale) + ": " + c.code(), BOLD, 4);
        line(document, text("training.certificate.checkAt", locale) + " " + verifyUrl, SMALL, 0);
        try {
            var qr = Image.getInstance(QrCodes.png(verifyUrl, 300));
            qr.scaleAbsolute(96, 96);
            qr.setAbsolutePosition(document.getPageSize().getWidth() - 60 - 96, 56);
            document.add(qr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.close();
        return out.toByteArray();
    }

    private static void line(Document document, String text, Font font, float after) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
    }

    private static void border(PdfContentByte canvas, Rectangle page) {
        canvas.setColorStroke(BRAND);
        canvas.setLineWidth(3);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
        canvas.stroke();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
