package cn.gov.bizenv.chiefservice.domain.model.firm;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyTarget;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores firms and answers paged, filtered queries and counts in the database. */
public interface FirmRepository {
  Optional<Firm> find(long id);

  Optional<Firm> findByCreditCode(String creditCode);

  /** Stores a new firm at once, so that rows referring to it by id can follow. */
  void add(Firm firm);

  List<Firm> find(FirmCriteria criteria, PageRequest page);

  long count(FirmCriteria criteria);

  /**
   * The firms a policy target reaches, page by page; districts in the target are unit ids. With
   * {@code officerId} set, only that officer's firms.
   */
  List<Firm> findMatching(PolicyTarget target, Long officerId, PageRequest page);

  long countMatching(PolicyTarget target, Long officerId);

  /** The tags of each of the firms, read in one query for a page of them. */
  Map<Long, Set<String>> tagsOf(Collection<Long> firmIds);

  /** Every firm a target reaches with its officer, for the push. */
  List<FirmOfficer> allMatching(PolicyTarget target);

  /** A reference to a firm known to exist, without reading it. */
  Firm reference(long id);

  /** Firms per officer and, of those, how many are overdue for a visit on the given day. */
  Map<Long, long[]> loadsByOfficer(LocalDate today);

  List<Industry> industries();

  Optional<Industry> industry(String code);

  /** Writes pending changes now, so that a concurrent edit is reported as a conflict. */
  void flush();
}
