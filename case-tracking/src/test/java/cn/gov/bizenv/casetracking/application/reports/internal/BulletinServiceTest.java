package cn.gov.bizenv.casetracking.application.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.SupervisedUnit;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.report.SupervisionCount;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulletin's table of supervised units: one row per unit, a column per rung, busiest first. */
class BulletinServiceTest {
  @Test
  void countsPerRungAreGatheredIntoOneRowPerUnit() {
    List<SupervisedUnit> rows =
        BulletinService.supervised(
            List.of(
                new SupervisionCount(12, "华龙区", CaseEventType.URGE, 2),
                new SupervisionCount(30, "市市场监督管理局", CaseEventType.URGE, 1),
                new SupervisionCount(12, "华龙区", CaseEventType.ISSUE_NOTICE, 1),
                new SupervisionCount(30, "市市场监督管理局", CaseEventType.ISSUE_SUPERVISION_ORDER, 3),
                new SupervisionCount(30, "市市场监督管理局", CaseEventType.RECORD_ACCOUNTABILITY, 1)));
    assertEquals(
        List.of(
            new SupervisedUnit(30, "市市场监督管理局", 1, 3, 0, 1),
            new SupervisedUnit(12, "华龙区", 2, 0, 1, 0)),
        rows);
  }
}
