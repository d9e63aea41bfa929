package id.naikkelas.storage;

import id.naikkelas.common.InvalidInput;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class ImagesTest {

    @Test
    void largePhotosAreScaledDownToAJpegKeepingTheAspectRatio() throws IOException {
        var resized = Images.toJpeg(png(3000, 1500), 1024, "photo").orElseThrow();
        assertThat(resized.width()).isEqualTo(1024);
        assertThat(resized.height()).isEqualTo(512);
        var decoded = ImageIO.read(new ByteArrayInputStream(resized.jpeg()));
        assertThat(decoded.getWidth()).isEqualTo(1024);
        assertThat(resized.jpeg()[0] & 0xff).isEqualTo(0xFF);
        assertThat(resized.jpeg()[1] & 0xff).isEqualTo(0xD8);
    }

    @Test
    void smallPhotosKeepTheirSize() throws IOException {
        var resized = Images.toJpeg(png(300, 200), 1024, "photo").orElseThrow();
        assertThat(resized.width()).isEqualTo(300);
        assertThat(resized.height()).isEqualTo(200);
    }

    @Test
    void theContentDecidesNotTheFileName() {
        assertThat(Images.toJpeg("%PDF-1.4 not an image".getBytes(StandardCharsets.US_ASCII), 1024, "photo")).isEmpty();
        assertThat(Images.toJpeg(new byte[0], 1024, "photo")).isEmpty();
        assertThat(Images.toJpeg(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, 1024, "photo")).isEmpty();
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedFromItsHeaderWithoutDecoding() throws IOException {
        // 30000×30000 RGB would be 2.7 GB decoded; only the header and the first rows are in the file
        byte[] bomb = declaredPng(30_000, 30_000);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(() -> Images.toJpeg(bomb, 1024, "photo")).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.violations().get(0).field()).isEqualTo("photo");
            assertThat(e.violations().get(0).code()).isEqualTo("upload.image.tooManyPixels");
            assertThat(e.violations().get(0).args()).startsWith(30_000L, 30_000L);
        });
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated").isLessThan(16L << 20);
    }

    @Test
    void aLargePhotoWithinTheLimitIsDecodedSubsampled() throws IOException {
        byte[] photo = png(6000, 4000); // 24 MP: 96 MB as full RGB pixels
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        var resized = Images.toJpeg(photo, 1024, "photo").orElseThrow();
        assertThat(resized.width()).isEqualTo(1024);
        assertThat(resized.height()).isEqualTo(683);
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated").isLessThan(64L << 20);
    }

    @Test
    void onlyPhotoFormatsAreDecoded() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "tiff", out);
        assertThat(Images.toJpeg(out.toByteArray(), 1024, "photo")).isEmpty();
    }

    /** A PNG whose header declares the size, with a valid start of pixel data (a few zero rows). */
    public static byte[] declaredPng(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        var pixels = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(pixels)) {
            deflate.write(new byte[(1 + width * 3) * 4]);
        }
        chunk(out, "IDAT", pixels.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] png(int width, int height) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
