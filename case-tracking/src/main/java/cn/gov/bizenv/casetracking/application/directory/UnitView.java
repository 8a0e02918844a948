package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;

/** A unit as shown in lists and forms; {@code version} guards against lost updates. */
public record UnitView(long id, String name, UnitKind kind, boolean active, long version) {}
