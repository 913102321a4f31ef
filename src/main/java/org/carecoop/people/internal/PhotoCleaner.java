package org.carecoop.people.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.carecoop.people.PhotoException;
import org.carecoop.people.PhotoException.Reason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes an uploaded photo safe to store and show. The type is told from the bytes, never the file
 * name or the declared type; only JPEG and PNG are accepted. The dimensions are read from the header
 * before anything is decoded, so a small file that claims billions of pixels (a decompression bomb)
 * is refused without using the memory. The image is then decoded, turned upright by its EXIF
 * orientation, scaled down and encoded afresh, which leaves every piece of metadata behind: EXIF
 * (including GPS position), comments, XMP and PNG text chunks.
 */
@Component
public class PhotoCleaner {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    private static final Set<String> ACCEPTED_FORMATS = Set.of("jpeg", "png");
    private static final float JPEG_QUALITY = 0.85f;

    private final long maxBytes;
    private final long maxPixels;
    private final int outputSize;

    PhotoCleaner(
            @Value("${carecoop.photos.max-bytes:5242880}") long maxBytes,
            @Value("${carecoop.photos.max-pixels:40000000}") long maxPixels,
            @Value("${carecoop.photos.output-size:600}") int outputSize) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.outputSize = outputSize;
    }

    /** A cleaned photo, ready to store. */
    public record Cleaned(String contentType, byte[] bytes, int width, int height) {}

    public long maxBytes() {
        return maxBytes;
    }

    public long maxPixels() {
        return maxPixels;
    }

    /** @throws PhotoException saying why the upload is refused */
    public Cleaned clean(byte[] upload) {
        if (upload.length == 0) {
            throw new PhotoException(Reason.NONE_CHOSEN);
        }
        if (upload.length > maxBytes) {
            throw new PhotoException(Reason.TOO_BIG);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = acceptedReader(input);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new PhotoException(Reason.UNREADABLE);
                }
                if ((long) width * height > maxPixels) {
                    throw new PhotoException(Reason.TOO_MANY_PIXELS);
                }
                boolean jpeg = reader.getFormatName().equalsIgnoreCase("jpeg");
                BufferedImage decoded = reader.read(0, subsampled(reader, width, height));
                BufferedImage upright = jpeg ? upright(decoded, ExifOrientation.of(upload)) : decoded;
                BufferedImage scaled = scaleDown(upright, outputSize, jpeg);
                byte[] bytes = jpeg ? writeJpeg(scaled) : writePng(scaled);
                return new Cleaned(jpeg ? JPEG : PNG, bytes, scaled.getWidth(), scaled.getHeight());
            } finally {
                reader.dispose();
            }
        } catch (PhotoException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Corrupt or truncated data, or an encoding ImageIO cannot decode (such as CMYK JPEG).
            throw new PhotoException(Reason.UNREADABLE);
        }
    }

    /** A JPEG or PNG reader that recognises the bytes; anything else is the wrong type. */
    private static ImageReader acceptedReader(ImageInputStream input) throws IOException {
        if (input == null) {
            throw new PhotoException(Reason.UNREADABLE);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (ACCEPTED_FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                return reader;
            }
        }
        throw new PhotoException(Reason.WRONG_TYPE);
    }

    /** Decodes only every n-th pixel of a big image: enough for a good result, far less memory. */
    private ImageReadParam subsampled(ImageReader reader, int width, int height) {
        ImageReadParam param = reader.getDefaultReadParam();
        int factor = Math.max(1, Math.max(width, height) / (outputSize * 2));
        if (factor > 1) {
            param.setSourceSubsampling(factor, factor, 0, 0);
        }
        return param;
    }

    /** Turns the image the way its EXIF orientation says, since the metadata saying so is dropped. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { // mirrored
                t.scale(-1, 1);
                t.translate(-w, 0);
            }
            case 3 -> { // upside down
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 4 -> { // mirrored upside down
                t.scale(1, -1);
                t.translate(0, -h);
            }
            case 5 -> { // mirrored on the diagonal
                t.rotate(-Math.PI / 2);
                t.scale(-1, 1);
            }
            case 6 -> { // turned a quarter anticlockwise: turn it clockwise
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 7 -> { // mirrored on the other diagonal
                t.scale(-1, 1);
                t.translate(-h, 0);
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            default -> { // 8, turned a quarter clockwise: turn it anticlockwise
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /**
     * Scales so the long side is at most {@code size}, halving step by step for a smooth result. The
     * result is always a fresh image of a standard type, opaque for JPEG.
     */
    static BufferedImage scaleDown(BufferedImage image, int size, boolean opaque) {
        int type = opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        int w = image.getWidth();
        int h = image.getHeight();
        double ratio = Math.min(1.0, (double) size / Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * ratio));
        int targetH = Math.max(1, (int) Math.round(h * ratio));
        BufferedImage current = image;
        do {
            w = Math.max(targetW, w / 2 < targetW ? targetW : w / 2);
            h = Math.max(targetH, h / 2 < targetH ? targetH : h / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            try {
                if (opaque) {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, w, h);
                }
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != targetW || h != targetH);
        return current;
    }

    private static byte[] writeJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] writePng(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
