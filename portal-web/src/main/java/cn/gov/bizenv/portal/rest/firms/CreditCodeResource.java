package cn.gov.bizenv.portal.rest.firms;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.chiefservice.application.firms.CreditCodeCheck;
import cn.gov.bizenv.chiefservice.application.firms.CreditCodes;
import cn.gov.bizenv.portal.rest.CallerLanguage;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** Checks a unified social credit code and explains, in the caller's language, what is wrong. */
@Path("credit-codes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  ADMINISTRATOR,
  TRIAGE_OFFICER,
  UNIT_HANDLER,
  SUPERVISOR,
  CHIEF_SERVICE_OFFICER,
  LEADER
})
public class CreditCodeResource {
  @Inject CreditCodes creditCodes;
  @Context HttpHeaders headers;

  /** The check's verdict with its message. */
  public record Verdict(boolean valid, String normalised, String code, String message) {}

  @GET
  @Path("check")
  public Verdict check(@QueryParam("code") String code) {
    CreditCodeCheck check = creditCodes.check(code);
    Locale locale = CallerLanguage.of(headers);
    return new Verdict(
        check.valid(),
        check.normalised(),
        check.messageKey(),
        Texts.format(locale, check.messageKey(), check.arguments()));
  }
}
