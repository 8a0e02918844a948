package cn.gov.bizenv.chiefservice.application.assignments.internal;

import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.chiefservice.domain.model.assignment.Assignment;
import cn.gov.bizenv.chiefservice.domain.model.assignment.AssignmentRepository;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * Gives a firm to an officer: the current assignment ends and a new one begins, so the history says
 * who served the firm when and why it changed. Used by the form and by the import alike.
 */
@ApplicationScoped
public class OfficerHandover {
  @Inject AssignmentRepository assignments;

  void handOver(Firm firm, long officerId, String reason, String by, LocalDateTime now) {
    Assignment.refusal(firm.getOfficerId(), officerId, reason)
        .ifPresent(
            key -> {
              throw new RuleViolationException(key);
            });
    assignments.current(firm.getId()).ifPresent(current -> current.end(now));
    assignments.add(new Assignment(firm.getId(), officerId, now, reason, by));
    firm.assignOfficer(officerId, now);
  }
}
