package org.carecoop.people.internal;

/**
 * Reads the EXIF orientation tag of a JPEG: phones store photos as the sensor saw them and say in
 * this tag how to turn them. ImageIO ignores it, and cleaning drops the metadata, so the cleaner turns
 * the pixels instead. Anything unexpected reads as 1 (upright): a wrong guess only leaves a photo
 * turned, never fails an upload.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    /** The orientation, 1 to 8; 1 when there is none or it cannot be read. */
    static int of(byte[] jpeg) {
        try {
            return read(jpeg);
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
    }

    private static int read(byte[] b) {
        if (b.length < 4 || u8(b, 0) != 0xFF || u8(b, 1) != 0xD8) {
            return 1;
        }
        int pos = 2;
        while (pos + 4 <= b.length) {
            if (u8(b, pos) != 0xFF) {
                return 1;
            }
            int marker = u8(b, pos + 1);
            if (marker == 0xD9 || marker == 0xDA) { // end of image, start of scan: no more metadata
                return 1;
            }
            int length = (u8(b, pos + 2) << 8) | u8(b, pos + 3);
            int data = pos + 4;
            if (marker == 0xE1 && length >= 8 && isExifHeader(b, data)) {
                return orientation(b, data + 6);
            }
            pos += 2 + length;
        }
        return 1;
    }

    private static boolean isExifHeader(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0;
    }

    /** Looks up the tag in IFD0 of the TIFF structure starting at {@code tiff}. */
    private static int orientation(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return 1;
        }
        int ifd = tiff + (int) u32(b, tiff + 4, little);
        int entries = u16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? u8(b, at) | (u8(b, at + 1) << 8) : (u8(b, at) << 8) | u8(b, at + 1);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return little
                ? (u16(b, at, true) & 0xFFFFL) | ((long) u16(b, at + 2, true) << 16)
                : ((long) u16(b, at, false) << 16) | (u16(b, at + 2, false) & 0xFFFFL);
    }
}
