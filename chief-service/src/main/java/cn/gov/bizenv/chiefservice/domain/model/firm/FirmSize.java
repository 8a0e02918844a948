package cn.gov.bizenv.chiefservice.domain.model.firm;

import java.util.Arrays;
import java.util.Optional;

/**
 * A firm's size class under the national classification of large, medium, small and micro firms.
 */
public enum FirmSize {
  /** 大型. */
  LARGE("大型"),
  /** 中型. */
  MEDIUM("中型"),
  /** 小型. */
  SMALL("小型"),
  /** 微型. */
  MICRO("微型");

  private final String classificationName;

  FirmSize(String classificationName) {
    this.classificationName = classificationName;
  }

  /**
   * Reads a size as spreadsheets write it: the constant's name in any case, or the class's name in
   * the classification (大型, 中型 …), with or without the trailing 企业.
   */
  public static Optional<FirmSize> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = text.strip();
    String withoutSuffix =
        wanted.endsWith("企业") ? wanted.substring(0, wanted.length() - 2) : wanted;
    return Arrays.stream(values())
        .filter(
            size ->
                size.name().equalsIgnoreCase(wanted)
                    || size.classificationName.equals(wanted)
                    || size.classificationName.equals(withoutSuffix))
        .findFirst();
  }
}
