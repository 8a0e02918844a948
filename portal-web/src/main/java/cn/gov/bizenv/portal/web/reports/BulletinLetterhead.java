package cn.gov.bizenv.portal.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who issues the supervision bulletin as an official document and to whom: the issuing office
 * (发文机关, shown red as the 发文机关标志 and again in the 落款), the prefix of its document numbers (发文字号:
 * prefix〔year〕number号), the addressees (主送机关) and those copied (抄送, optional). Set with {@code
 * portal.bulletin.issuer}, {@code …number-prefix}, {@code …addressees} and {@code …copy-to}
 * (environment variables PORTAL_BULLETIN_ISSUER and so on).
 */
@ApplicationScoped
public class BulletinLetterhead {
  static final Heading DEFAULT =
      new Heading("市优化营商环境工作领导小组办公室", "营商办督", "各县（区）人民政府、管委会，市直各有关单位", null);

  /** The letterhead's texts. */
  public record Heading(String issuer, String numberPrefix, String addressees, String copyTo) {
    /** The document number, e.g. 营商办督〔2026〕3号; null while the bulletin has none. */
    public String documentNumber(Integer year, Integer number) {
      return year == null || number == null ? null : numberPrefix + "〔" + year + "〕" + number + "号";
    }
  }

  @Inject
  @ConfigProperty(name = "portal.bulletin.issuer", defaultValue = "市优化营商环境工作领导小组办公室")
  String issuer;

  @Inject
  @ConfigProperty(name = "portal.bulletin.number-prefix", defaultValue = "营商办督")
  String numberPrefix;

  @Inject
  @ConfigProperty(name = "portal.bulletin.addressees", defaultValue = "各县（区）人民政府、管委会，市直各有关单位")
  String addressees;

  @Inject
  @ConfigProperty(name = "portal.bulletin.copy-to")
  Optional<String> copyTo;

  public Heading heading() {
    return new Heading(
        issuer.strip(),
        numberPrefix.strip(),
        addressees.strip(),
        copyTo.map(String::strip).filter(c -> !c.isEmpty()).orElse(null));
  }
}
