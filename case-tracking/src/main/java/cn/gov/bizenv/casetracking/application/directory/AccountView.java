package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import java.util.Set;

/**
 * An account as the administrator sees it, without its password; {@code version} guards against
 * lost updates.
 *
 * @param active whether the account itself is active (its unit may still be inactive)
 */
public record AccountView(
    long id,
    String username,
    String displayName,
    long unitId,
    String unitName,
    Set<Role> roles,
    boolean active,
    long version) {}
