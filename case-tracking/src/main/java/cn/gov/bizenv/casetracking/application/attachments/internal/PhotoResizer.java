package cn.gov.bizenv.casetracking.application.attachments.internal;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.domain.model.attachment.FileKind;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Shrinks photos taken with a phone's camera (4000×3000 and 5–12 MB) to a size that reads well on
 * screen and in print, before the attachment rules are applied: an officer in the field attaches
 * the photo as taken. A JPEG is turned upright from its EXIF orientation, because the re-encoded
 * file no longer carries the tag. Anything that is not a decodable JPEG or PNG is left as it came.
 */
public final class PhotoResizer {
  /** The longest side kept: about 300 dpi across an A5 page. */
  public static final int LONGEST_SIDE = 2048;

  private static final float JPEG_QUALITY = 0.85f;

  private PhotoResizer() {}

  public static NewAttachment fitted(NewAttachment file) {
    String name = file.fileName() == null ? "" : file.fileName();
    Optional<FileKind> kind = FileKind.recognise(name, file.content());
    if (kind.isEmpty() || (kind.get() != FileKind.JPEG && kind.get() != FileKind.PNG)) {
      return file;
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.content()));
      if (image == null) {
        return file;
      }
      int orientation =
          kind.get() == FileKind.JPEG
              ? ExifOrientation.of(file.content())
              : ExifOrientation.UPRIGHT;
      int longest = Math.max(image.getWidth(), image.getHeight());
      if (longest <= LONGEST_SIDE && orientation == ExifOrientation.UPRIGHT) {
        return file;
      }
      double scale = Math.min(1.0, (double) LONGEST_SIDE / longest);
      BufferedImage fitted = redraw(image, scale, orientation, kind.get() == FileKind.PNG);
      byte[] encoded = kind.get() == FileKind.JPEG ? jpeg(fitted) : png(fitted);
      return new NewAttachment(file.fileName(), encoded);
    } catch (IOException | RuntimeException e) {
      return file; // an image the JDK cannot decode is judged by the rules as it came
    }
  }

  private static BufferedImage redraw(
      BufferedImage image, double scale, int orientation, boolean keepAlpha) {
    int width = (int) Math.round(image.getWidth() * scale);
    int height = (int) Math.round(image.getHeight() * scale);
    boolean turned = orientation >= 5; // 5–8 swap width and height
    BufferedImage target =
        new BufferedImage(
            turned ? height : width,
            turned ? width : height,
            keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.transform(ExifOrientation.transform(orientation, width, height));
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** The EXIF orientation tag (0x0112) of a JPEG: 1 is upright, 2–8 the mirrored and turned. */
  static final class ExifOrientation {
    static final int UPRIGHT = 1;

    private ExifOrientation() {}

    static int of(byte[] jpeg) {
      int at = 2; // after SOI
      while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
        int marker = jpeg[at + 1] & 0xFF;
        int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
        if (marker == 0xDA || length < 2) {
          return UPRIGHT; // image data begins: no EXIF before it
        }
        if (marker == 0xE1 && isExif(jpeg, at + 4)) {
          return inTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
        }
        at += 2 + length;
      }
      return UPRIGHT;
    }

    private static boolean isExif(byte[] b, int at) {
      return at + 6 <= b.length
          && b[at] == 'E'
          && b[at + 1] == 'x'
          && b[at + 2] == 'i'
          && b[at + 3] == 'f'
          && b[at + 4] == 0
          && b[at + 5] == 0;
    }

    private static int inTiff(byte[] b, int tiff, int end) {
      if (tiff + 8 > end) {
        return UPRIGHT;
      }
      boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
      int ifd = tiff + (int) unsigned(b, tiff + 4, 4, little);
      if (ifd + 2 > end || ifd < tiff) {
        return UPRIGHT;
      }
      int entries = (int) unsigned(b, ifd, 2, little);
      for (int i = 0; i < entries; i++) {
        int entry = ifd + 2 + 12 * i;
        if (entry + 12 > end) {
          break;
        }
        if (unsigned(b, entry, 2, little) == 0x0112) {
          int value = (int) unsigned(b, entry + 8, 2, little);
          return value >= 1 && value <= 8 ? value : UPRIGHT;
        }
      }
      return UPRIGHT;
    }

    private static long unsigned(byte[] b, int at, int bytes, boolean little) {
      long value = 0;
      for (int i = 0; i < bytes; i++) {
        int octet = b[little ? at + bytes - 1 - i : at + i] & 0xFF;
        value = (value << 8) | octet;
      }
      return value;
    }

    /** Maps the stored picture of {@code width}×{@code height} onto the upright canvas. */
    static AffineTransform transform(int orientation, int width, int height) {
      AffineTransform t = new AffineTransform();
      switch (orientation) {
        case 2 -> {
          t.translate(width, 0);
          t.scale(-1, 1);
        }
        case 3 -> {
          t.translate(width, height);
          t.rotate(Math.PI);
        }
        case 4 -> {
          t.translate(0, height);
          t.scale(1, -1);
        }
        case 5 -> {
          t.rotate(Math.PI / 2);
          t.scale(1, -1);
        }
        case 6 -> {
          t.translate(height, 0);
          t.rotate(Math.PI / 2);
        }
        case 7 -> {
          t.translate(height, width);
          t.scale(1, -1);
          t.rotate(Math.PI / 2);
        }
        case 8 -> {
          t.translate(0, width);
          t.rotate(3 * Math.PI / 2);
        }
        default -> {}
      }
      return t;
    }
  }
}
