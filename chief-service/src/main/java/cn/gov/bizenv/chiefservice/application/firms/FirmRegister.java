package cn.gov.bizenv.chiefservice.application.firms;

import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import java.util.List;

/**
 * The register of key firms and projects. Administrators register and edit them; leaders read all
 * of them; a chief service officer reads only the firms they serve (others are not found).
 */
public interface FirmRegister {
  Page<FirmSummary> find(FirmCriteria criteria, PageRequest page);

  FirmDetail get(long id);

  FirmDetail register(FirmInput input);

  FirmDetail update(long id, FirmInput input);

  /** The industry classification, for choice lists. */
  List<IndustryView> industries();

  /** The active counties and districts a firm can be in. */
  List<UnitView> districts();
}
