package cn.gov.bizenv.casetracking.application.calendar.internal;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRule;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRuleRepository;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Rules in a list, with ids given as the database would, for services tested without a server. */
public class InMemoryTimeLimitRules implements TimeLimitRuleRepository {
  private final List<TimeLimitRule> rules = new ArrayList<>();
  private long nextId = 1;

  @Override
  public Optional<TimeLimitRule> find(long id) {
    return rules.stream().filter(rule -> rule.getId() == id).findFirst();
  }

  @Override
  public Optional<TimeLimitRule> findExactly(Channel channel, String categoryCode) {
    String code = TimeLimitRule.normalisedCode(categoryCode);
    return rules.stream()
        .filter(rule -> rule.getChannel() == channel)
        .filter(rule -> Objects.equals(rule.getCategoryCode(), code))
        .findFirst();
  }

  @Override
  public List<TimeLimitRule> find(Channel channel, PageRequest page) {
    return rules.stream()
        .filter(rule -> channel == null || rule.getChannel() == channel)
        .skip(page.offset())
        .limit(page.limit())
        .toList();
  }

  @Override
  public long count(Channel channel) {
    return rules.stream().filter(rule -> channel == null || rule.getChannel() == channel).count();
  }

  @Override
  public void add(TimeLimitRule rule) {
    try {
      Field id = TimeLimitRule.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(rule, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    rules.add(rule);
  }

  @Override
  public void remove(TimeLimitRule rule) {
    rules.remove(rule);
  }

  @Override
  public void flush() {}
}
