package cn.gov.bizenv.chiefservice.application.firms.internal;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.chiefservice.domain.model.firm.CreditCodeDefect;
import cn.gov.bizenv.chiefservice.domain.model.firm.UnifiedSocialCreditCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A credit-code defect as a field violation. The messages number their placeholders ({0}, {1}), so
 * the defect's arguments travel as attributes named by their positions.
 */
final class CreditCodeFields {
  private CreditCodeFields() {}

  static Optional<FieldViolation> check(String entered, String field) {
    return UnifiedSocialCreditCode.check(entered).map(defect -> violation(defect, field));
  }

  static FieldViolation violation(CreditCodeDefect defect, String field) {
    return new FieldViolation(field, defect.messageKey(), positional(defect.arguments()));
  }

  static Map<String, Object> positional(List<Object> arguments) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      attributes.put(Integer.toString(i), arguments.get(i));
    }
    return attributes;
  }
}
