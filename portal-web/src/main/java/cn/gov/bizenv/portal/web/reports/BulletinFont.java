package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the Chinese font for bulletin PDFs is: {@code portal.bulletin.font} (environment variable
 * {@code PORTAL_BULLETIN_FONT}), by default WenQuanYi Zen Hei from Debian's fonts-wqy-zenhei, which
 * bin/run and bin/test install. It must be a TrueType-outline font (.ttf, or a .ttc whose face
 * {@code portal.bulletin.font-face} names; empty: the first): PDFBox cannot subset the CFF outlines
 * of the Noto CJK OpenType fonts, so those are refused with a clear message.
 */
@ApplicationScoped
public class BulletinFont {
  public static final String DEFAULT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

  @Inject
  @ConfigProperty(name = "portal.bulletin.font", defaultValue = DEFAULT)
  String path;

  @Inject
  @ConfigProperty(name = "portal.bulletin.font-face")
  Optional<String> face;

  /** The configured font file; a missing file is refused with the path and the fix. */
  public Path path() {
    Path file = Path.of(path.strip());
    if (!Files.isReadable(file)) {
      throw new RuleViolationException("bulletin.pdf.fontMissing", file.toString());
    }
    return file;
  }

  /** The face to use in a collection; null for the first. */
  public String face() {
    return face.map(String::strip).filter(f -> !f.isEmpty()).orElse(null);
  }
}
