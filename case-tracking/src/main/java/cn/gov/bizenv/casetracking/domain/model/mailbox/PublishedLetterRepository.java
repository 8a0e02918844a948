package cn.gov.bizenv.casetracking.domain.model.mailbox;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The published letters and the public monthly figures, both answered by the database. */
public interface PublishedLetterRepository {
  void add(PublishedLetter letter);

  Optional<PublishedLetter> findByCaseId(long caseId);

  void remove(PublishedLetter letter);

  /** Newest received first. */
  List<PublishedLetter> find(PublishedLetterCriteria criteria, PageRequest page);

  long count(PublishedLetterCriteria criteria);

  /** The mailbox letters received in the month, counted per top-level category. */
  List<MonthlyFigures> monthlyFigures(YearMonth month);
}
