package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;

/**
 * The one door through which every case enters, whatever its channel: officers' forms, the public
 * mailbox, chief service officers, imports and the API all record cases here.
 */
public interface CaseIntake {
  CaseDetail record(NewCase command);

  /**
   * Records the case with files attached, all or nothing: the files are checked (kinds, sizes,
   * count) before the case is recorded.
   */
  CaseDetail record(NewCase command, java.util.List<NewAttachment> attachments);

  /**
   * Records the case like {@link #record(NewCase)} and answers with what a referring record keeps
   * (a visit's raised problems), without reading the case's whole detail back.
   */
  CaseReference recordForReference(NewCase command);
}
