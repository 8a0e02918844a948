package cn.gov.bizenv.casetracking.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.calendar.PausedPeriod;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.infrastructure.schema.EmbeddedSchema;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case's value objects (clock with its pauses, extension, reply, proposal reference, writer's
 * contact) are stored in the columns the migrations made and read back whole, with EclipseLink on a
 * migrated in-memory H2; a case that has none of them reads back as empty ones, not as nulls.
 */
class CaseFileMappingOnH2Test {
  static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 9, 0);

  EntityManagerFactory factory;
  Unit unit;

  @BeforeEach
  void database() {
    factory =
        Persistence.createEntityManagerFactory(
            "casetracking",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", EmbeddedSchema.migrated("mapping"),
                "eclipselink.weaving", "false"));
    unit = new Unit("华龙区", UnitKind.COUNTY_OR_DISTRICT, RECEIVED);
    inTransaction(em -> em.persist(unit));
  }

  @AfterEach
  void close() {
    factory.close();
  }

  @Test
  void aCaseWithEveryValueObjectReadsBackWhole() {
    CaseFile stored = new CaseFile(Channel.DEPUTY_SUGGESTION, "标题", "内容", unit, RECEIVED, "triage");
    stored.referToProposal("王代表", "第0012号", "十七届三次会议");
    stored.recordWriter("张三", "13800000000", "110101199003070011");
    stored.dispatchTo(unit, List.of());
    stored.startClock(
        RECEIVED,
        RECEIVED.plusHours(1),
        RECEIVED.plusDays(1),
        RECEIVED.plusDays(10),
        RECEIVED.plusDays(20));
    stored.signFor(RECEIVED.plusHours(2));
    stored.awaitWriter(RECEIVED.plusDays(2));
    stored.resume(RECEIVED.plusDays(3));
    stored.requestExtension(5, "需要协调");
    stored.approveExtension();
    stored.requestExtension(3, "再次协调");
    stored.submitReply("已处理", "unit", RECEIVED.plusDays(4));
    long id = save(stored);

    CaseFile read = read(id);

    assertEquals("王代表", read.getProposal().getProposerName());
    assertEquals("第0012号", read.getProposal().getNumber());
    assertEquals("十七届三次会议", read.getProposal().getSession());
    assertEquals("张三", read.getWriter().getName());
    assertEquals("13800000000", read.getWriter().getPhone());
    assertEquals("110101199003070011", read.getWriter().getIdNumber());
    assertEquals(1, read.getClock().getRound());
    assertEquals(RECEIVED, read.getClock().getBasis());
    assertEquals(RECEIVED.plusHours(1), read.getClock().getDispatchedAt());
    assertEquals(RECEIVED.plusDays(1), read.getClock().getSignOffDue());
    assertEquals(RECEIVED.plusHours(2), read.getClock().getSignedForAt());
    assertEquals(RECEIVED.plusDays(10), read.getClock().getReplyDue());
    assertEquals(RECEIVED.plusDays(20), read.getClock().getOuterDue());
    assertFalse(read.getClock().isPaused());
    assertEquals(
        List.of(new PausedPeriod(RECEIVED.plusDays(2), RECEIVED.plusDays(3))),
        read.pausesSince(RECEIVED));
    assertEquals(5, read.getExtension().getGrantedDays());
    // The reply lapsed the second request.
    assertFalse(read.getExtension().isPending());
    assertEquals("已处理", read.getReply().getText());
    assertEquals("unit", read.getReply().getAuthor());
    assertEquals(RECEIVED.plusDays(4), read.getReply().getRepliedAt());
  }

  @Test
  void aCaseWithoutThemReadsBackAsEmptyValueObjects() {
    long id = save(new CaseFile(Channel.MAYOR_MAILBOX, "标题", "内容", unit, RECEIVED, "public"));

    CaseFile read = read(id);

    assertFalse(read.getReply().isGiven());
    assertNull(read.getReply().getText());
    assertNull(read.getWriter().getName());
    assertNull(read.getProposal().getNumber());
    assertEquals(0, read.getClock().getRound());
    assertNull(read.getClock().getReplyDue());
    assertTrue(read.pausesSince(null).isEmpty());
    assertFalse(read.getExtension().isPending());
    assertEquals(0, read.getExtension().getGrantedDays());
  }

  private long save(CaseFile caseFile) {
    inTransaction(
        em -> {
          em.persist(caseFile); // the id comes from the sequence at once, as in the repository
          caseFile.assignTrackingNumber();
        });
    return caseFile.getId();
  }

  private CaseFile read(long id) {
    EntityManager em = factory.createEntityManager();
    try {
      CaseFile read = em.find(CaseFile.class, id);
      read.pausesSince(null); // the pauses are lazy: read them while the manager is open
      return read;
    } finally {
      em.close();
    }
  }

  private void inTransaction(Consumer<EntityManager> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }
}
