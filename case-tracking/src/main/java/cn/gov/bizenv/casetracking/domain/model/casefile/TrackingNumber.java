package cn.gov.bizenv.casetracking.domain.model.casefile;

/** The readable case number people quote on the phone: year + channel code + eight digits. */
public final class TrackingNumber {
  private TrackingNumber() {}

  public static String of(int year, Channel channel, long sequence) {
    if (sequence < 0 || sequence > 99_999_999L) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
    return String.format("%04d%s%08d", year, channel.code(), sequence);
  }
}
