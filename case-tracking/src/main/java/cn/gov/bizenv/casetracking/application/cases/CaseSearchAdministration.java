package cn.gov.bizenv.casetracking.application.cases;

/** The case search index of this server, for administrators: its state, and a rebuild on demand. */
public interface CaseSearchAdministration {
  SearchIndexStatus status();

  /** Starts rebuilding this server's index from the database; searches go on meanwhile. */
  SearchIndexStatus rebuild();
}
