package cn.gov.bizenv.casetracking.application.attachments.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoResizerTest {

  @Test
  void aCameraPhotoIsShrunkToTheLongestSideAndStaysAJpeg() throws IOException {
    NewAttachment photo = new NewAttachment("现场.jpg", jpeg(4000, 3000));

    NewAttachment fitted = PhotoResizer.fitted(photo);

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(fitted.content()));
    assertEquals(PhotoResizer.LONGEST_SIDE, read.getWidth());
    assertEquals(1536, read.getHeight());
    assertEquals("现场.jpg", fitted.fileName());
    assertEquals(0xFF, fitted.content()[0] & 0xFF, "still a JPEG");
    assertTrue(fitted.size() < photo.size(), fitted.size() + " < " + photo.size());
  }

  @Test
  void aPhotoTakenUprightOnAPhoneIsTurnedByItsExifOrientation() throws IOException {
    // Stored landscape 400×300, red on its left half; orientation 6 means "turn 90° clockwise".
    byte[] stored = withOrientation(jpeg(400, 300), 6);

    NewAttachment fitted = PhotoResizer.fitted(new NewAttachment("竖拍.jpg", stored));

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(fitted.content()));
    assertEquals(300, read.getWidth());
    assertEquals(400, read.getHeight());
    Color top = new Color(read.getRGB(150, 20));
    Color bottom = new Color(read.getRGB(150, 380));
    assertTrue(
        top.getRed() > 200 && top.getGreen() < 80, "the left half turned to the top: " + top);
    assertTrue(bottom.getBlue() > 200, "the right half turned to the bottom: " + bottom);
  }

  @Test
  void aSmallUprightPhotoAndOtherFilesAreKeptAsTheyCame() throws IOException {
    NewAttachment small = new NewAttachment("小图.jpg", jpeg(800, 600));
    NewAttachment text = new NewAttachment("说明.txt", "营业执照复印件".getBytes(StandardCharsets.UTF_8));
    NewAttachment broken =
        new NewAttachment("坏图.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2});

    assertSame(small, PhotoResizer.fitted(small));
    assertSame(text, PhotoResizer.fitted(text));
    assertArrayEquals(broken.content(), PhotoResizer.fitted(broken).content());
  }

  /** A test card: red left half, blue right half. */
  private static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  /** Inserts an EXIF APP1 segment holding only the orientation tag right after SOI. */
  private static byte[] withOrientation(byte[] jpeg, int orientation) {
    byte[] tiff = {
      'M',
      'M',
      0,
      42,
      0,
      0,
      0,
      8, // big-endian header, first IFD at 8
      0,
      1, // one entry
      0x01,
      0x12,
      0,
      3,
      0,
      0,
      0,
      1,
      0,
      (byte) orientation,
      0,
      0, // orientation, SHORT, 1 value
      0,
      0,
      0,
      0 // no next IFD
    };
    int length = 2 + 6 + tiff.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
    out.writeBytes(tiff);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }
}
