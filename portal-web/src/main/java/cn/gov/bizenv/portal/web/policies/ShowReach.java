package cn.gov.bizenv.portal.web.policies;

import cn.gov.bizenv.chiefservice.application.coverage.PolicyReports;
import cn.gov.bizenv.chiefservice.application.coverage.ReachRow;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachGrouping;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Reach and take-up for the policy office and leaders, per policy, district or officer. */
@Named
@ViewScoped
public class ShowReach implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PolicyReports reports;

  private ReachGrouping grouping = ReachGrouping.POLICY;
  private List<ReachRow> rows;

  public List<ReachRow> getRows() {
    if (rows == null) {
      rows = reports.reach(grouping, null);
    }
    return rows;
  }

  public void regroup() {
    rows = null;
  }

  public ReachGrouping[] getGroupings() {
    return ReachGrouping.values();
  }

  public ReachGrouping getGrouping() {
    return grouping;
  }

  public void setGrouping(ReachGrouping grouping) {
    this.grouping = grouping == null ? ReachGrouping.POLICY : grouping;
  }
}
