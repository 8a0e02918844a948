package cn.gov.bizenv.casetracking.application.open311;

import java.util.List;

/** Administrators issue and revoke Open311 API keys. */
public interface ApiKeys {
  /** Issues a key; the answer carries the key, which is never shown again. */
  ApiKeyView issue(NewApiKey command);

  List<ApiKeyView> list();

  ApiKeyView revoke(long id);
}
