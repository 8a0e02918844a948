package cn.gov.bizenv.casetracking.domain.model.mailbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret a writer gets with the tracking number: ten characters from an alphabet without the
 * look-alikes 0/O, 1/I/L, so that it can be read over the phone (31^10, about 8·10^14 codes). Only
 * a salted SHA-256 hash is stored; a code of this length from a secure random source cannot be
 * found by trying, and guessing online is slowed by the tracking page's failure window.
 */
public final class QueryCode {
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  public static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private QueryCode() {}

  public static String generate() {
    return generate(RANDOM);
  }

  static String generate(SecureRandom random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  public static String newSalt() {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return HexFormat.of().formatHex(salt);
  }

  /** The hash stored for a code; letters are compared case-insensitively. */
  public static String hash(String code, String salt) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of()
          .formatHex(digest.digest(normalise(code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }

  /** Compares in constant time, so response times reveal nothing about the stored hash. */
  public static boolean matches(String code, String salt, String expectedHash) {
    if (code == null || salt == null || expectedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(code, salt).getBytes(StandardCharsets.US_ASCII),
        expectedHash.getBytes(StandardCharsets.US_ASCII));
  }

  private static String normalise(String code) {
    return code.strip().toUpperCase(java.util.Locale.ROOT);
  }
}
