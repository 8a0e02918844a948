package cn.gov.bizenv.casetracking.domain.model.category;

import java.util.Optional;

/**
 * The rules for a category's name, shared by the entity, the commands' constraints and the CSV
 * import. A slash is refused because paths are shown as {@code 城乡建设 / 安全生产 / 安全隐患}.
 */
public final class CategoryName {
  public static final int MAX = 30;

  /** The path separator in texts such as {@code 城乡建设 / 安全生产 / 安全隐患}. */
  public static final String PATH_SEPARATOR = " / ";

  /** For Bean Validation's {@code @Pattern}: anything but a slash. */
  public static final String NO_SLASH = "[^/]*";

  private CategoryName() {}

  /** The message key of what is wrong with the name, or empty when it is acceptable. */
  public static Optional<String> problem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("category.name.required");
    }
    if (name.strip().length() > MAX) {
      return Optional.of("category.name.size");
    }
    if (name.contains("/")) {
      return Optional.of("category.name.slash");
    }
    return Optional.empty();
  }

  /** The stored form of an acceptable name; throws for an unacceptable one. */
  public static String require(String name) {
    problem(name)
        .ifPresent(
            key -> {
              throw new IllegalArgumentException("invalid category name (" + key + "): " + name);
            });
    return name.strip();
  }
}
