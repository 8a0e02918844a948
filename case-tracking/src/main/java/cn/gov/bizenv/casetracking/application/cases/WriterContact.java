package cn.gov.bizenv.casetracking.application.cases;

/**
 * The writer of a case as staff recorded them, for one reader: in full for triage officers and
 * supervisors, who may have to call back; masked for everyone else ({@code 138****5678}), as the
 * mailbox's letters are.
 *
 * @param masked whether the personal data is masked for this reader
 */
public record WriterContact(String name, String phone, String idNumber, boolean masked) {}
