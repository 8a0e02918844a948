package cn.gov.bizenv.chiefservice.domain.model.policy;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores the policy library. */
public interface PolicyRepository {
  Optional<Policy> find(long id);

  void add(Policy policy);

  /** Policies whose title, issuer or document number contains the text (any when blank). */
  List<Policy> find(String text, PageRequest page);

  long count(String text);

  /** The policies in force on the day; a city keeps a few hundred at most. */
  List<Policy> inForceOn(LocalDate day);

  void flush();
}
