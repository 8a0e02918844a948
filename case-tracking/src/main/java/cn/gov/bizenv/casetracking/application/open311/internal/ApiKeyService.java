package cn.gov.bizenv.casetracking.application.open311.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.audit.AuditLog;
import cn.gov.bizenv.casetracking.application.open311.ApiKeyView;
import cn.gov.bizenv.casetracking.application.open311.ApiKeys;
import cn.gov.bizenv.casetracking.application.open311.NewApiKey;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import cn.gov.bizenv.casetracking.domain.model.open311.ApiKey;
import cn.gov.bizenv.casetracking.domain.model.open311.Open311Repository;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Issues Open311 keys (shown once, stored as a hash) and revokes them. */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class ApiKeyService implements ApiKeys {
  @Inject Open311Repository open311;
  @Inject AuditLog audit;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject Callers callers;

  @Override
  public ApiKeyView issue(NewApiKey command) {
    validation.check(command);
    String secret = ApiKey.newKey();
    ApiKey key = new ApiKey(command.name(), secret, callers.current().username(), clock.now());
    open311.addKey(key);
    audit.record(AuditEventType.API_KEY_ISSUED, "api key " + command.name(), null);
    return view(key, secret);
  }

  @Override
  public List<ApiKeyView> list() {
    return open311.keys().stream().map(key -> view(key, null)).toList();
  }

  @Override
  public ApiKeyView revoke(long id) {
    ApiKey key = open311.findKey(id).orElseThrow(() -> new NotFoundException("apiKey", id));
    key.revoke(clock.now());
    audit.record(AuditEventType.API_KEY_REVOKED, "api key " + id, null);
    return view(key, null);
  }

  private static ApiKeyView view(ApiKey key, String secret) {
    return new ApiKeyView(
        key.getId(),
        key.getName(),
        key.getCreatedAt(),
        key.getCreatedBy(),
        key.getRevokedAt(),
        secret);
  }
}
