package cn.gov.bizenv.casetracking.application.directory.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.directory.NewUnit;
import cn.gov.bizenv.casetracking.application.directory.RenameUnit;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitCriteria;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.function.Consumer;

/** Units are managed by administrators; any signed-in person may read them. */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class UnitDirectoryService implements UnitDirectory {
  @Inject UnitRepository units;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject RecentCallers recentCallers;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public Page<UnitView> find(UnitCriteria criteria, PageRequest page) {
    UnitCriteria effective = criteria == null ? UnitCriteria.any() : criteria;
    return new Page<>(units.find(effective, page), units.count(effective))
        .map(UnitDirectoryService::view);
  }

  @Override
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public UnitView get(long id) {
    return view(load(id));
  }

  @Override
  public UnitView create(NewUnit command) {
    validation.check(command);
    requireUniqueName(command.name(), null);
    Unit unit = new Unit(command.name(), command.kind(), clock.now());
    units.add(unit);
    return view(unit);
  }

  @Override
  public UnitView rename(long id, RenameUnit command) {
    validation.check(command);
    Unit unit = loadForChange(id, command.version());
    requireUniqueName(command.name(), id);
    unit.rename(command.name());
    return saved(unit);
  }

  @Override
  public UnitView deactivate(long id, long version) {
    return change(id, version, Unit::deactivate);
  }

  @Override
  public UnitView reactivate(long id, long version) {
    return change(id, version, Unit::reactivate);
  }

  @Override
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public List<UnitView> activeUnits() {
    return units.allActive().stream().map(UnitDirectoryService::view).toList();
  }

  private UnitView change(long id, long version, Consumer<Unit> change) {
    Unit unit = loadForChange(id, version);
    change.accept(unit);
    return saved(unit);
  }

  private UnitView saved(Unit unit) {
    units.flush();
    // A profile names its unit, and a deactivated unit's staff are out: forget the profiles once
    // the change is committed, so that no request caches the old unit in between.
    transactions.registerInterposedSynchronization(recentCallers.forgetAllAfterCompletion());
    return view(unit);
  }

  private void requireUniqueName(String name, Long exceptId) {
    units
        .findByName(name.strip())
        .filter(existing -> !existing.getId().equals(exceptId))
        .ifPresent(
            existing -> {
              throw new ConflictException("unit.name.taken", name.strip());
            });
  }

  private Unit loadForChange(long id, long version) {
    Unit unit = load(id);
    if (unit.getVersion() != version) {
      throw ConflictException.staleVersion();
    }
    return unit;
  }

  private Unit load(long id) {
    return units.find(id).orElseThrow(() -> new NotFoundException("unit", id));
  }

  static UnitView view(Unit unit) {
    return new UnitView(
        unit.getId(), unit.getName(), unit.getKind(), unit.isActive(), unit.getVersion());
  }
}
