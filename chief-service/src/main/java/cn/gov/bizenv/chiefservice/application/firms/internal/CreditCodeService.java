package cn.gov.bizenv.chiefservice.application.firms.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.chiefservice.application.firms.CreditCodeCheck;
import cn.gov.bizenv.chiefservice.application.firms.CreditCodes;
import cn.gov.bizenv.chiefservice.domain.model.firm.CreditCodeDefect;
import cn.gov.bizenv.chiefservice.domain.model.firm.UnifiedSocialCreditCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;

/** The credit-code check for forms, imports and API clients of the office's staff. */
@Stateless
@RolesAllowed({
  ADMINISTRATOR,
  TRIAGE_OFFICER,
  UNIT_HANDLER,
  SUPERVISOR,
  CHIEF_SERVICE_OFFICER,
  LEADER
})
public class CreditCodeService implements CreditCodes {
  @Override
  public CreditCodeCheck check(String entered) {
    Optional<CreditCodeDefect> defect = UnifiedSocialCreditCode.check(entered);
    if (defect.isPresent()) {
      return new CreditCodeCheck(false, null, defect.get().messageKey(), defect.get().arguments());
    }
    return new CreditCodeCheck(
        true, UnifiedSocialCreditCode.parse(entered).value(), "creditcode.valid", List.of());
  }
}
