package cn.gov.bizenv.casetracking.application.calendar;

import cn.gov.bizenv.casetracking.domain.model.calendar.PausedPeriod;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A case's facts that set its deadlines.
 *
 * @param categoryCode the case's category, or null when not classified
 * @param dispatchedAt when the case was dispatched to its unit (sign-off counts from then), or null
 * @param pauses when the clock stood still, e.g. waiting for the writer; null for none
 * @param extension approved extensions in all, in the unit of the rule's reply limit
 */
public record DeadlineQuery(
    @NotNull(message = "{deadline.channel.required}") Channel channel,
    @Size(max = 50, message = "{timeLimit.categoryCode.size}") String categoryCode,
    @NotNull(message = "{deadline.receivedAt.required}") LocalDateTime receivedAt,
    LocalDateTime dispatchedAt,
    List<PausedPeriod> pauses,
    @PositiveOrZero(message = "{deadline.extension.negative}") int extension) {

  /** A case received at {@code receivedAt}, not dispatched, paused or extended. */
  public static DeadlineQuery received(
      Channel channel, String categoryCode, LocalDateTime receivedAt) {
    return new DeadlineQuery(channel, categoryCode, receivedAt, null, List.of(), 0);
  }
}
