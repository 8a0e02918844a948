package cn.gov.bizenv.casetracking.application.calendar;

import cn.gov.bizenv.casetracking.application.directory.NewCategoryRule;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;

/**
 * The time-limit rules per channel and category. Administrators edit them; everyone signed in may
 * read them. Every channel has a default rule, which cannot be removed.
 */
public interface TimeLimits {
  /** Rules of {@code channel} (every channel when null); each channel's default rule first. */
  Page<TimeLimitRuleView> find(Channel channel, PageRequest page);

  TimeLimitRuleView get(long id);

  /** Adds a rule for one category, starting from the channel's default terms. */
  TimeLimitRuleView create(NewCategoryRule command);

  TimeLimitRuleView change(long id, TimeLimitSettings command);

  /** Removes a category rule; its cases fall back to the channel's default rule. */
  void remove(long id, long version);
}
