package cn.gov.bizenv.chiefservice.application.internal;

import cn.gov.bizenv.casetracking.application.directory.NewUnit;
import cn.gov.bizenv.casetracking.application.directory.OfficerDirectory;
import cn.gov.bizenv.casetracking.application.directory.OfficerView;
import cn.gov.bizenv.casetracking.application.directory.RenameUnit;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitCriteria;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import jakarta.validation.Validation;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What chief service asks of case tracking for names and scoping, in memory: the units (the
 * districts among them), the officer accounts and who is signed in. Services under test get {@link
 * #scopedCallers()} and {@link #names} wired to it.
 */
public final class FakeCaseTracking {
  public static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 30);

  private final List<UnitView> units = new ArrayList<>();
  private final List<OfficerView> officers = new ArrayList<>();
  private CallerProfile signedIn;

  /** A county or district, active. */
  public UnitView district(String name) {
    UnitView district =
        new UnitView(100 + units.size(), name, UnitKind.COUNTY_OR_DISTRICT, true, 0);
    units.add(district);
    return district;
  }

  /** A chief service officer's account. */
  public OfficerView officer(String username, String displayName) {
    OfficerView officer =
        new OfficerView(500 + officers.size(), username, displayName, 1, "营商环境领导小组办公室", true);
    officers.add(officer);
    return officer;
  }

  /** The portal's clock, stopped at {@link #NOW}. */
  public PortalClock clock() {
    return new PortalClock() {
      @Override
      public LocalDateTime now() {
        return NOW;
      }
    };
  }

  /** Bean Validation as the container gives it to services. */
  public static InputValidation validation() {
    return InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
  }

  public void signIn(String username, Role role) {
    signedIn = new CallerProfile(username, username, 1, "营商环境领导小组办公室", Set.of(role));
  }

  public ScopedCallers scopedCallers() {
    ScopedCallers callers = new ScopedCallers();
    callers.callers = () -> signedIn;
    callers.officers = new Officers();
    return callers;
  }

  public Names names(FirmRepository firms) {
    Names names = new Names();
    names.units = new Units();
    names.officers = new Officers();
    names.firms = firms;
    return names;
  }

  /** The active units, as {@code FirmRegister.districts} reads them. */
  public UnitDirectory units() {
    return new Units();
  }

  private final class Officers implements OfficerDirectory {
    @Override
    public List<OfficerView> officers() {
      return List.copyOf(officers);
    }

    @Override
    public List<OfficerView> officers(Collection<Long> accountIds) {
      return officers.stream().filter(o -> accountIds.contains(o.id())).toList();
    }

    @Override
    public Optional<OfficerView> byUsername(String username) {
      return officers.stream().filter(o -> o.username().equals(username)).findFirst();
    }
  }

  private final class Units implements UnitDirectory {
    @Override
    public List<UnitView> activeUnits() {
      return List.copyOf(units);
    }

    @Override
    public UnitView get(long id) {
      return units.stream()
          .filter(u -> u.id() == id)
          .findFirst()
          .orElseThrow(() -> new NotFoundException("unit", id));
    }

    @Override
    public Page<UnitView> find(UnitCriteria criteria, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public UnitView create(NewUnit command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public UnitView rename(long id, RenameUnit command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public UnitView deactivate(long id, long version) {
      throw new UnsupportedOperationException();
    }

    @Override
    public UnitView reactivate(long id, long version) {
      throw new UnsupportedOperationException();
    }
  }
}
