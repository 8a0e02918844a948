package cn.gov.bizenv.chiefservice.domain.model.assignment;

import java.util.List;
import java.util.Optional;

/** Stores the history of who served which firm. */
public interface AssignmentRepository {
  void add(Assignment assignment);

  /** The open assignment of a firm, if it has an officer. */
  Optional<Assignment> current(long firmId);

  /** A firm's assignments, newest first. */
  List<Assignment> history(long firmId);
}
