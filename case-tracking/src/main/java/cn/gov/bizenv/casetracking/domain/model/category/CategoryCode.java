package cn.gov.bizenv.casetracking.domain.model.category;

import java.util.regex.Pattern;

/**
 * A category's code is its path of sibling numbers: {@code 01} (level 1), {@code 01.02} (level 2),
 * {@code 01.02.003} (level 3). Codes never change once given, so that reports, filters and API
 * clients can keep them; every node of a subtree has a code that starts with the subtree's code and
 * a dot. The widths (2, 2, 3 digits) keep codes sortable as text and bound the tree.
 */
public final class CategoryCode {
  public static final int MAX_LEVEL = 3;
  private static final Pattern VALID = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{3})?)?");

  private CategoryCode() {}

  /** Whether the text has the shape of a category code (it may still name no category). */
  public static boolean isValid(String code) {
    return code != null && VALID.matcher(code).matches();
  }

  /**
   * The code of the {@code ordinal}-th child of {@code parentCode}, or of a top-level node when
   * null.
   */
  public static String of(String parentCode, int ordinal) {
    int level = parentCode == null ? 1 : levelOf(parentCode) + 1;
    if (level > MAX_LEVEL) {
      throw new IllegalArgumentException("a level-" + MAX_LEVEL + " category has no children");
    }
    if (ordinal < 1 || ordinal > maxOrdinal(level)) {
      throw new IllegalArgumentException(
          "ordinal must be 1.." + maxOrdinal(level) + " at level " + level);
    }
    String own = String.format(level == MAX_LEVEL ? "%03d" : "%02d", ordinal);
    return parentCode == null ? own : parentCode + "." + own;
  }

  /** How many children a node of the level above {@code level} can have. */
  public static int maxOrdinal(int level) {
    return level == MAX_LEVEL ? 999 : 99;
  }

  public static int levelOf(String code) {
    requireValid(code);
    return (int) code.chars().filter(c -> c == '.').count() + 1;
  }

  /** The number among its siblings: 3 for {@code 01.02.003}. */
  public static int ordinalOf(String code) {
    requireValid(code);
    return Integer.parseInt(code.substring(code.lastIndexOf('.') + 1));
  }

  /** The parent's code, or null for a top-level code. */
  public static String parentOf(String code) {
    requireValid(code);
    int dot = code.lastIndexOf('.');
    return dot < 0 ? null : code.substring(0, dot);
  }

  /** Whether {@code code} is {@code ancestor} itself or lies in its subtree. */
  public static boolean isWithin(String code, String ancestor) {
    return code.equals(ancestor) || code.startsWith(ancestor + ".");
  }

  private static void requireValid(String code) {
    if (!isValid(code)) {
      throw new IllegalArgumentException("not a category code: " + code);
    }
  }
}
