package cn.gov.bizenv.chiefservice.application.assignments;

import cn.gov.bizenv.casetracking.application.directory.OfficerView;
import cn.gov.bizenv.chiefservice.application.firms.FirmDetail;
import java.util.List;

/**
 * Who serves which firm. Administrators assign and reassign officers (the history is kept with the
 * reason); leaders and administrators read the coverage; an officer reads the history of their own
 * firms.
 */
public interface Assignments {
  FirmDetail assign(long firmId, AssignOfficer command);

  /** The firm's officers, newest first. */
  List<AssignmentView> history(long firmId);

  /** Every officer with the number of firms they serve (zero included), busiest first. */
  List<OfficerLoad> loads();

  /** Active officers, for choice lists. */
  List<OfficerView> officers();
}
