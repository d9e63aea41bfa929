package id.naikkelas.storage;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesTest {

    @Test
    void largePhotosAreScaledDownToAJpegKeepingTheAspectRatio() throws IOException {
        var resized = Images.toJpeg(png(3000, 1500), 1024).orElseThrow();
        assertThat(resized.width()).isEqualTo(1024);
        assertThat(resized.height()).isEqualTo(512);
        var decoded = ImageIO.read(new ByteArrayInputStream(resized.jpeg()));
        assertThat(decoded.getWidth()).isEqualTo(1024);
        assertThat(resized.jpeg()[0] & 0xff).isEqualTo(0xFF);
        assertThat(resized.jpeg()[1] & 0xff).isEqualTo(0xD8);
    }

    @Test
    void smallPhotosKeepTheirSize() throws IOException {
        var resized = Images.toJpeg(png(300, 200), 1024).orElseThrow();
        assertThat(resized.width()).isEqualTo(300);
        assertThat(resized.height()).isEqualTo(200);
    }

    @Test
    void theContentDecidesNotTheFileName() {
        assertThat(Images.toJpeg("%PDF-1.4 not an image".getBytes(StandardCharsets.US_ASCII), 1024)).isEmpty();
        assertThat(Images.toJpeg(new byte[0], 1024)).isEmpty();
        assertThat(Images.toJpeg(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, 1024)).isEmpty();
    }

    private static byte[] png(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
