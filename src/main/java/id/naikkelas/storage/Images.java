package id.naikkelas.storage;

import id.naikkelas.common.InvalidInput;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Photos from phones are large; pages must stay light. An upload is accepted only if it decodes
 * as an image (the content decides, not the file name), and is re-encoded as a JPEG no larger
 * than the given side, which also strips metadata such as the GPS position.
 *
 * <p>A file's size says nothing about the memory its pixels take: a 0.9 MB PNG can declare 30000×30000
 * pixels (900 MB decoded). The dimensions are read from the header first and an image past
 * {@link #MAX_PIXELS} is refused without decoding; a large one that passes is decoded subsampled, so
 * memory follows the size of the result, not of the photo.
 */
public final class Images {

    /**
     * 64 megapixels: the largest mode of common phone cameras (48, 50 and 64 MP) fits; decoding one takes
     * about a second of one core, and subsampling keeps its memory near that of the resized result.
     */
    public static final long MAX_PIXELS = 64L << 20;
    /** The formats phones and scanners give; the other readers ImageIO may have (TIFF, WBMP) are not offered. */
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif", "bmp");

    private Images() {
    }

    public record Resized(byte[] jpeg, int width, int height) {
    }

    /**
     * Empty when the bytes are not a JPEG, PNG, GIF or BMP image; refused with a reason on {@code field}
     * when the image declares more than {@link #MAX_PIXELS}.
     */
    public static Optional<Resized> toJpeg(byte[] content, int maxSide, String field) {
        BufferedImage source;
        try {
            source = decode(content, maxSide, field);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput refused) {
                throw refused;
            }
            return Optional.empty();
        }
        if (source == null || source.getWidth() < 1 || source.getHeight() < 1) {
            return Optional.empty();
        }
        double scale = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return Optional.of(new Resized(encode(target), width, height));
    }

    /** The first image in the bytes, decoded at no more than about twice the wanted side; null if none. */
    private static BufferedImage decode(byte[] content, int maxSide, String field) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            if (in == null) {
                return null;
            }
            var readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    in.seek(0);
                    reader.setInput(in, true, true);
                    // from the header only: nothing is decoded yet
                    long width = reader.getWidth(0);
                    long height = reader.getHeight(0);
                    if (width * height > MAX_PIXELS) {
                        throw InvalidInput.of(field, "upload.image.tooManyPixels", width, height, MAX_PIXELS / 1_000_000);
                    }
                    ImageReadParam param = reader.getDefaultReadParam();
                    int step = (int) Math.max(1, Math.max(width, height) / (2L * maxSide));
                    param.setSourceSubsampling(step, step, 0, 0);
                    return reader.read(0, param);
                } finally {
                    reader.dispose();
                }
            }
            return null;
        }
    }

    private static byte[] encode(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
