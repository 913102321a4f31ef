package org.carecoop.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Stand-in photos for the demo accounts: a head-and-shoulders silhouette on a background colour of
 * each account's own. Drawn, not lettered, so no fonts are needed on a bare server.
 */
final class DemoPortraits {

    private static final int SIZE = 300;
    private static final Color[] BACKGROUNDS = {
        new Color(0x1d70b8), new Color(0x00703c), new Color(0x912b88), new Color(0xd4351c),
        new Color(0x28a197), new Color(0x4c2c92), new Color(0xf47738), new Color(0x5694ca)
    };

    private DemoPortraits() {}

    static byte[] of(String name) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(BACKGROUNDS[Math.floorMod(name.hashCode(), BACKGROUNDS.length)]);
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(0xf3f2f1));
            g.fill(new Ellipse2D.Double(SIZE * 0.32, SIZE * 0.16, SIZE * 0.36, SIZE * 0.40));
            g.fill(new Ellipse2D.Double(SIZE * 0.12, SIZE * 0.60, SIZE * 0.76, SIZE * 0.70));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
