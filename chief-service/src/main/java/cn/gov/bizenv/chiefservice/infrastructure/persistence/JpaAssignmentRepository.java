package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import cn.gov.bizenv.chiefservice.domain.model.assignment.Assignment;
import cn.gov.bizenv.chiefservice.domain.model.assignment.AssignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Assignment history in the relational database. */
@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {
  @PersistenceContext(unitName = "chiefservice")
  EntityManager em;

  @Override
  public void add(Assignment assignment) {
    em.persist(assignment);
  }

  @Override
  public Optional<Assignment> current(long firmId) {
    return em.createQuery(
            "select a from Assignment a where a.firmId = :firm and a.assignedTo is null",
            Assignment.class)
        .setParameter("firm", firmId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Assignment> history(long firmId) {
    return em.createQuery(
            "select a from Assignment a where a.firmId = :firm order by a.assignedFrom desc, a.id"
                + " desc",
            Assignment.class)
        .setParameter("firm", firmId)
        .getResultList();
  }
}
