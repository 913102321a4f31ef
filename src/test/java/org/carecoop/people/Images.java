package org.carecoop.people;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made for the photo tests, with metadata put in by hand where a camera would put it. */
final class Images {

    private Images() {}

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d70b8));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A JPEG as a phone might save it: right after the start-of-image marker, an EXIF (APP1) segment
     * with the given orientation and the secret as its GPS-ish payload, and a comment segment holding
     * the secret too.
     */
    static byte[] jpegWithMetadata(BufferedImage image, int orientation, String secret) {
        byte[] plain = encode(image, "jpeg");
        byte[] secretBytes = secret.getBytes(StandardCharsets.US_ASCII);

        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + secretBytes.length);
        tiff.put(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}); // big-endian TIFF header, IFD0 at offset 8
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // Orientation, SHORT, count 1
        tiff.putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next IFD
        tiff.put(secretBytes);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());

        return concat(
                new byte[] {(byte) 0xFF, (byte) 0xD8},
                segment(0xE1, exif),
                segment(0xFE, secretBytes),
                java.util.Arrays.copyOfRange(plain, 2, plain.length));
    }

    /** A PNG with a tEXt chunk holding the secret, right after the header chunk. */
    static byte[] pngWithText(BufferedImage image, String secret) {
        byte[] plain = encode(image, "png");
        int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, then IHDR's length, type, data and CRC
        byte[] text =
                concat("Comment\0".getBytes(StandardCharsets.ISO_8859_1), secret.getBytes(StandardCharsets.ISO_8859_1));
        return concat(
                java.util.Arrays.copyOfRange(plain, 0, afterHeader),
                chunk("tEXt", text),
                java.util.Arrays.copyOfRange(plain, afterHeader, plain.length));
    }

    /**
     * A tiny PNG whose header claims a huge image: a decompression bomb's opening. Its data is never
     * valid, so anything that tried to decode it would fail differently.
     */
    static byte[] pngClaiming(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        return concat(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                chunk("IHDR", header.array()),
                chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00}),
                chunk("IEND", new byte[0]));
    }

    static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] segment(int marker, byte[] data) {
        int length = data.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, data);
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
        return chunk.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
