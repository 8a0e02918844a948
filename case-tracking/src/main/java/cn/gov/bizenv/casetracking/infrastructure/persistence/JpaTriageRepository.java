package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.triage.DefaultUnit;
import cn.gov.bizenv.casetracking.domain.model.triage.StoredModel;
import cn.gov.bizenv.casetracking.domain.model.triage.TrainingExample;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageDecision;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Triage's tables in the relational database. */
@ApplicationScoped
public class JpaTriageRepository implements TriageRepository {
  private static final LocalDateTime RELEASED = LocalDateTime.of(2000, 1, 1, 0, 0);

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void add(TrainingExample example) {
    em.persist(example);
  }

  @Override
  public List<TrainingExample> examples(int max) {
    return em.createQuery(
            "select e from TrainingExample e order by e.id desc", TrainingExample.class)
        .setMaxResults(max)
        .setHint("eclipselink.read-only", "true")
        .getResultList();
  }

  @Override
  public long exampleCount() {
    return em.createQuery("select count(e) from TrainingExample e", Long.class).getSingleResult();
  }

  @Override
  public List<ClassifiedCase> classifiedCases(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT title, content, category_id, lead_unit_id FROM case_file"
                    + " WHERE category_id IS NOT NULL AND merged_into_id IS NULL ORDER BY id DESC")
            .setMaxResults(max)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ClassifiedCase(
                    (String) row[0],
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    row[3] == null ? null : ((Number) row[3]).longValue()))
        .toList();
  }

  @Override
  public String dataMark() {
    Object[] cases =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(category_id), count(lead_unit_id), max(id) FROM case_file"
                        + " WHERE category_id IS NOT NULL AND merged_into_id IS NULL")
                .getSingleResult();
    Object[] examples =
        (Object[])
            em.createNativeQuery("SELECT count(*), max(id) FROM triage_example").getSingleResult();
    return "cases "
        + cases[0]
        + "/"
        + cases[1]
        + "/"
        + cases[2]
        + " examples "
        + examples[0]
        + "/"
        + examples[1];
  }

  @Override
  public void add(StoredModel model) {
    em.persist(model);
    em.flush();
  }

  @Override
  public long latestVersion() {
    Long latest =
        em.createQuery("select max(m.version) from StoredModel m", Long.class).getSingleResult();
    return latest == null ? 0 : latest;
  }

  @Override
  public Optional<StoredModel> latest() {
    long version = latestVersion();
    return version == 0
        ? Optional.empty()
        : Optional.ofNullable(em.find(StoredModel.class, version));
  }

  @Override
  public List<DefaultUnit> defaultUnits() {
    return em.createQuery(
            "select d from DefaultUnit d order by d.categoryId, d.id", DefaultUnit.class)
        .getResultList();
  }

  @Override
  public Optional<DefaultUnit> defaultUnit(long categoryId, Long districtId) {
    return em.createQuery(
            "select d from DefaultUnit d where d.categoryId = :category", DefaultUnit.class)
        .setParameter("category", categoryId)
        .getResultStream()
        .filter(d -> Objects.equals(d.getDistrictId(), districtId))
        .findFirst();
  }

  @Override
  public void add(DefaultUnit defaultUnit) {
    em.persist(defaultUnit);
  }

  @Override
  public void remove(DefaultUnit defaultUnit) {
    em.remove(defaultUnit);
  }

  @Override
  public Optional<TriageDecision> decision(long caseId) {
    return Optional.ofNullable(em.find(TriageDecision.class, caseId));
  }

  @Override
  public void add(TriageDecision decision) {
    em.persist(decision);
  }

  @Override
  public boolean lock(String name, String holder, LocalDateTime now, LocalDateTime until) {
    return em.createNativeQuery(
                "UPDATE triage_lock SET holder = ?1, locked_until = ?2"
                    + " WHERE name = ?3 AND (locked_until <= ?4 OR holder = ?1)")
            .setParameter(1, holder)
            .setParameter(2, Timestamp.valueOf(until))
            .setParameter(3, name)
            .setParameter(4, Timestamp.valueOf(now))
            .executeUpdate()
        == 1;
  }

  @Override
  public void unlock(String name, String holder, LocalDateTime now) {
    // Back to long ago, not to now: a lock taken again within the same clock tick must succeed.
    em.createNativeQuery(
            "UPDATE triage_lock SET holder = NULL, locked_until = ?1 WHERE name = ?2 AND holder ="
                + " ?3")
        .setParameter(1, Timestamp.valueOf(RELEASED))
        .setParameter(2, name)
        .setParameter(3, holder)
        .executeUpdate();
  }

  @Override
  public Acceptance acceptance(LocalDateTime since) {
    // Native: EclipseLink writes a JPQL boolean as 1 on H2, which H2 2.x refuses to compare.
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(category_taken),"
                        + " sum(CASE WHEN category_taken THEN 1 ELSE 0 END),"
                        + " count(unit_taken),"
                        + " sum(CASE WHEN unit_taken THEN 1 ELSE 0 END)"
                        + " FROM triage_decision WHERE decided_at >= ?1")
                .setParameter(1, Timestamp.valueOf(since))
                .getSingleResult();
    return new Acceptance(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
