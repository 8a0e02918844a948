package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The category tree in the relational database. */
@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String TREE_ORDER = " order by c.level, c.sortOrder, c.code";

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public Optional<Category> find(long id) {
    return Optional.ofNullable(em.find(Category.class, id));
  }

  @Override
  public List<Category> all() {
    return em.createQuery("select c from Category c" + TREE_ORDER, Category.class).getResultList();
  }

  @Override
  public Optional<Category> findByCode(String code) {
    return em.createQuery("select c from Category c where c.code = :code", Category.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Category> allActive() {
    return em.createQuery(
            "select c from Category c where c.active = true" + TREE_ORDER, Category.class)
        .getResultList();
  }

  @Override
  public List<Category> children(Category parent) {
    return (parent == null
            ? em.createQuery("select c from Category c where c.parent is null", Category.class)
            : em.createQuery("select c from Category c where c.parent = :parent", Category.class)
                .setParameter("parent", parent))
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(c) from Category c", Long.class).getSingleResult();
  }

  @Override
  public void add(Category category) {
    em.persist(category);
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw ConflictException.staleVersion();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        // Another administrator took the same code or sibling name between our read and write.
        throw new ConflictException("category.changedMeanwhile");
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable problem) {
    for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
