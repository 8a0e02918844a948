package cn.gov.bizenv.chiefservice.application.internal;

import cn.gov.bizenv.casetracking.application.directory.OfficerDirectory;
import cn.gov.bizenv.casetracking.application.directory.OfficerView;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import cn.gov.bizenv.chiefservice.domain.model.firm.Industry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Names for the ids chief service keeps: districts (units) and officers (accounts) come from case
 * tracking's directories, industries from the classification. Each call reads what one page needs.
 */
@ApplicationScoped
public class Names {
  @Inject UnitDirectory units;
  @Inject OfficerDirectory officers;
  @Inject FirmRepository firms;

  /**
   * Names of the active units, which include every district in use; a deactivated one is read
   * alone.
   */
  public Map<Long, String> units() {
    return units.activeUnits().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
  }

  public String unit(Map<Long, String> known, long id) {
    String name = known.get(id);
    return name != null ? name : units.get(id).name();
  }

  public Map<Long, String> officers(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    officers
        .officers(ids.stream().filter(Objects::nonNull).distinct().toList())
        .forEach(officer -> names.put(officer.id(), officer.displayName()));
    return names;
  }

  public String officer(Long id) {
    return id == null ? null : officers(java.util.List.of(id)).get(id);
  }

  public Map<String, String> industries() {
    return firms.industries().stream()
        .collect(Collectors.toMap(Industry::getCode, Industry::getName));
  }

  Map<Long, OfficerView> officerViews(Collection<Long> ids) {
    return officers.officers(ids).stream()
        .collect(Collectors.toMap(OfficerView::id, officer -> officer));
  }
}
