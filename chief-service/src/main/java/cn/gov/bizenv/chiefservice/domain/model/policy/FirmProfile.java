package cn.gov.bizenv.chiefservice.domain.model.policy;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import java.util.Set;

/**
 * What matching needs to know about a firm.
 *
 * <p>Industry, size and district may be {@code null} while a firm's record is incomplete; such a
 * firm still matches criteria that accept any value, but not ones that restrict it.
 *
 * @param industry industry code, or {@code null} if not yet recorded
 * @param size size class, or {@code null} if not yet recorded
 * @param district administrative division code, or {@code null} if not yet recorded
 * @param tags the firm's labels; {@code null} means none
 * @param keyProject whether the firm is flagged as a key project (重点项目/重点企业)
 */
public record FirmProfile(
    String industry, FirmSize size, String district, Set<String> tags, boolean keyProject) {

  /** Copies the tags so the profile stays as it was when matched. */
  public FirmProfile {
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }
}
