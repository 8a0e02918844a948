package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYear;
import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYearRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/** Yearly holiday arrangements in the relational database. */
@ApplicationScoped
public class JpaCalendarYearRepository implements CalendarYearRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public Optional<CalendarYear> find(int year) {
    return Optional.ofNullable(em.find(CalendarYear.class, year));
  }

  @Override
  public List<CalendarYear> all() {
    return em.createQuery("select y from CalendarYear y order by y.year", CalendarYear.class)
        .getResultList();
  }

  @Override
  public void add(CalendarYear year) {
    try {
      em.persist(year);
      em.flush();
    } catch (PersistenceException alreadyThere) {
      // Two administrators entered the same new year at once; the second one must reload it.
      throw ConflictException.staleVersion();
    }
  }

  @Override
  public void saveChanges(CalendarYear year) {
    try {
      // Replacing only the days does not touch a column of the year's row, so force the version.
      em.lock(year, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      em.flush();
    } catch (OptimisticLockException e) {
      throw ConflictException.staleVersion();
    }
  }
}
