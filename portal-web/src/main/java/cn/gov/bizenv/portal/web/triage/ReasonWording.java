package cn.gov.bizenv.portal.web.triage;

import cn.gov.bizenv.casetracking.application.triage.SuggestionReason;
import cn.gov.bizenv.portal.web.shell.Texts;
import java.util.Locale;

/** Words a suggestion's reason from the bundles, for the pages and the API alike. */
public final class ReasonWording {
  private ReasonWording() {}

  public static String of(SuggestionReason reason, Locale locale) {
    return reason == null
        ? ""
        : Texts.withAttributes(Texts.lookup(locale, reason.key()), reason.arguments());
  }
}
