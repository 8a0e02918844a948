package cn.gov.bizenv.casetracking.domain.model.timelimit;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Stores time-limit rules. */
public interface TimeLimitRuleRepository {
  Optional<TimeLimitRule> find(long id);

  /** The rule for exactly this channel and category (null: the channel's default rule). */
  Optional<TimeLimitRule> findExactly(Channel channel, String categoryCode);

  /** Rules of {@code channel} (all channels when null), a page at a time. */
  List<TimeLimitRule> find(Channel channel, PageRequest page);

  long count(Channel channel);

  void add(TimeLimitRule rule);

  void remove(TimeLimitRule rule);

  /** Writes pending changes now, so that a concurrent edit is reported as a conflict. */
  void flush();
}
