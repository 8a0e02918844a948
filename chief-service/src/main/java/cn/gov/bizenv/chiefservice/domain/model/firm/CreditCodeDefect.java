package cn.gov.bizenv.chiefservice.domain.model.firm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is wrong with an entered credit code, with the facts the UI needs to word it.
 *
 * <p>Each defect names a message key and its arguments rather than a sentence, because the wording
 * (Chinese for the public, maybe others later) belongs to the UI's resource bundles.
 */
public sealed interface CreditCodeDefect {

  /** The kind of defect, for callers that prefer a switch to instanceof. */
  Problem problem();

  /** The key under which the UI finds the sentence for this defect. */
  String messageKey();

  /** The values the sentence refers to, in the order the message pattern numbers them. */
  List<Object> arguments();

  /** The kinds of defect, in the order the checks are made. */
  enum Problem {
    EMPTY,
    WRONG_LENGTH,
    ILLEGAL_CHARACTER,
    WRONG_CHECK_CHARACTER
  }

  /** Nothing was entered, or only spaces. */
  record Empty() implements CreditCodeDefect {
    @Override
    public Problem problem() {
      return Problem.EMPTY;
    }

    @Override
    public String messageKey() {
      return "creditcode.empty";
    }

    @Override
    public List<Object> arguments() {
      return List.of();
    }
  }

  /**
   * The code does not have 18 characters.
   *
   * @param length the number of characters entered, counted as the user sees them (code points)
   */
  record WrongLength(int length) implements CreditCodeDefect {
    public WrongLength {
      if (length < 0 || length == UnifiedSocialCreditCode.LENGTH) {
        throw new IllegalArgumentException("creditcode.defect.length-not-wrong: " + length);
      }
    }

    @Override
    public Problem problem() {
      return Problem.WRONG_LENGTH;
    }

    @Override
    public String messageKey() {
      return "creditcode.length";
    }

    /** The length entered and the length required. */
    @Override
    public List<Object> arguments() {
      return List.of(length, UnifiedSocialCreditCode.LENGTH);
    }
  }

  /**
   * A character outside the code's 31-character alphabet.
   *
   * @param position 1-based, because that is how the UI tells the user where to look
   * @param character the offending character as a string, since it may be outside the BMP
   */
  record IllegalCharacter(int position, String character) implements CreditCodeDefect {
    public IllegalCharacter {
      Objects.requireNonNull(character, "character");
      if (position < 1 || position > UnifiedSocialCreditCode.LENGTH) {
        throw new IllegalArgumentException("creditcode.defect.position: " + position);
      }
      if (character.codePointCount(0, character.length()) != 1) {
        throw new IllegalArgumentException("creditcode.defect.character: " + character);
      }
    }

    /**
     * The character the user most likely meant, if a safe guess exists.
     *
     * <p>Only O→0 and I→1 are offered: the norm left those letters out precisely because they look
     * like the digits. Z, S and V are also excluded from the alphabet, but a user who typed one may
     * just as well have mistyped a letter as a digit, so guessing would mislead.
     */
    public Optional<Character> suggestion() {
      return switch (character) {
        case "O" -> Optional.of('0');
        case "I" -> Optional.of('1');
        default -> Optional.empty();
      };
    }

    @Override
    public Problem problem() {
      return Problem.ILLEGAL_CHARACTER;
    }

    /** A separate key when there is a suggestion, so the UI can ask "是否为数字0?". */
    @Override
    public String messageKey() {
      return suggestion().isPresent() ? "creditcode.character.suggest" : "creditcode.character";
    }

    /** The position, the character and, when there is one, the suggested character. */
    @Override
    public List<Object> arguments() {
      return suggestion()
          .<List<Object>>map(s -> List.of(position, character, s))
          .orElseGet(() -> List.of(position, character));
    }
  }

  /**
   * The 18th character does not match the first 17, usually a typo somewhere in the code.
   *
   * @param expected the check character computed from the first 17 characters
   * @param actual the check character entered
   */
  record WrongCheckCharacter(char expected, char actual) implements CreditCodeDefect {
    public WrongCheckCharacter {
      if (expected == actual) {
        throw new IllegalArgumentException("creditcode.defect.check-not-wrong: " + actual);
      }
    }

    @Override
    public Problem problem() {
      return Problem.WRONG_CHECK_CHARACTER;
    }

    @Override
    public String messageKey() {
      return "creditcode.check";
    }

    /** The expected and the entered check character. */
    @Override
    public List<Object> arguments() {
      return List.of(expected, actual);
    }
  }
}
