package cn.gov.bizenv.casetracking.domain.model.bulletin;

import java.util.List;
import java.util.Optional;

/** Stores bulletins and lists them page by page in the database. */
public interface BulletinRepository {
  Optional<Bulletin> find(long id);

  void add(Bulletin bulletin);

  /** Bulletins in one status, latest period first. */
  List<Bulletin> find(BulletinStatus status, int offset, int limit);

  long count(BulletinStatus status);

  /** The next document number of the year: one more than the highest given so far, else 1. */
  int nextDocumentNumber(int year);
}
