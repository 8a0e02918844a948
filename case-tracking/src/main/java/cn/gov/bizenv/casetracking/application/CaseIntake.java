package cn.gov.bizenv.casetracking.application;

/**
 * The one door through which every case enters, whatever its channel: officers' forms, the public
 * mailbox, chief service officers, imports and the API all record cases here.
 */
public interface CaseIntake {
  CaseDetail record(NewCase command);
}
