package cn.gov.bizenv.portal.rest.errors;

import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.InvalidApiKeyException;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.TooManyAttemptsException;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Domain refusals as HTTP: invalid input 400 naming each field, missing 404, conflicts 409, too
 * many attempts 429, other rule violations 422.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(DomainException problem) {
    Locale locale = ApiErrors.locale(headers);
    if (problem instanceof InvalidInputException invalid) {
      return ApiErrors.response(
          Status.BAD_REQUEST,
          problem.messageKey(),
          Texts.format(locale, problem.messageKey(), problem.arguments()),
          invalid.violations().stream()
              .map(violation -> ApiErrors.fieldError(violation, locale))
              .toList());
    }
    Response.StatusType status =
        problem instanceof TooManyAttemptsException
            ? Status.TOO_MANY_REQUESTS
            : problem instanceof InvalidApiKeyException
                ? Status.FORBIDDEN
                : problem instanceof NotFoundException
                    ? Status.NOT_FOUND
                    : problem instanceof ConflictException
                        ? Status.CONFLICT
                        : ApiErrors.RULE_VIOLATION;
    return ApiErrors.response(status, problem.messageKey(), locale, problem.arguments());
  }
}
