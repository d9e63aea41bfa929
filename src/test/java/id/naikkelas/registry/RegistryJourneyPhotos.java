package id.naikkelas.registry;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** A phone-sized PNG "photo" for browser journeys that upload pictures. */
public final class RegistryJourneyPhotos {

    private RegistryJourneyPhotos() {
    }

    public static byte[] png() throws IOException {
        var image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(214, 160, 60));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(120, 70, 20));
        g.fillOval(400, 300, 800, 600);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
