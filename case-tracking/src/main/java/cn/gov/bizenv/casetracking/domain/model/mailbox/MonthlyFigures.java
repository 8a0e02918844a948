package cn.gov.bizenv.casetracking.domain.model.mailbox;

/**
 * One line of the monthly statistics, counted in the database: the letters of one top-level
 * category (null: not classified) received in the month.
 *
 * @param accepted accepted at some point: everything but waiting, rejected and merged
 * @param replied answered with an approved reply (closed or followed up)
 * @param onTime replied no later than the reply deadline
 * @param rated rated by the writer or at follow-up
 * @param satisfied rated 基本满意 or better
 */
public record MonthlyFigures(
    String categoryName,
    long received,
    long accepted,
    long replied,
    long onTime,
    long rated,
    long satisfied) {

  /** On-time share of the replied letters in percent, or null when none was replied. */
  public Double onTimeRate() {
    return percent(onTime, replied);
  }

  /** Satisfied share of the rated letters in percent, or null when none was rated. */
  public Double satisfactionRate() {
    return percent(satisfied, rated);
  }

  public MonthlyFigures plus(MonthlyFigures other) {
    return new MonthlyFigures(
        null,
        received + other.received,
        accepted + other.accepted,
        replied + other.replied,
        onTime + other.onTime,
        rated + other.rated,
        satisfied + other.satisfied);
  }

  private static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }
}
