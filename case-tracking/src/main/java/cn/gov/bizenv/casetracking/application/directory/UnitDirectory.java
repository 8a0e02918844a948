package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.unit.UnitCriteria;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;

/** The administrator's register of units; everyone signed in may read the active ones. */
public interface UnitDirectory {
  Page<UnitView> find(UnitCriteria criteria, PageRequest page);

  UnitView get(long id);

  UnitView create(NewUnit command);

  UnitView rename(long id, RenameUnit command);

  /**
   * Deactivated units keep their cases but receive no new ones, and their accounts cannot sign in.
   */
  UnitView deactivate(long id, long version);

  UnitView reactivate(long id, long version);

  /** Active units for choice lists; a city has a few hundred at most. */
  List<UnitView> activeUnits();
}
