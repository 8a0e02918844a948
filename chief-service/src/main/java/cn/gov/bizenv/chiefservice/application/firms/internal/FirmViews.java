package cn.gov.bizenv.chiefservice.application.firms.internal;

import cn.gov.bizenv.chiefservice.application.firms.FirmDetail;
import cn.gov.bizenv.chiefservice.application.firms.FirmSummary;
import cn.gov.bizenv.chiefservice.application.internal.Names;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Turns firm entities into the records that leave the EJB boundary, with names resolved once per
 * page.
 */
@ApplicationScoped
public class FirmViews {
  @Inject Names names;

  List<FirmSummary> summaries(List<Firm> firms, LocalDate today) {
    if (firms.isEmpty()) {
      return List.of();
    }
    Map<Long, String> units = names.units();
    Map<String, String> industries = names.industries();
    Map<Long, String> officers = names.officers(firms.stream().map(Firm::getOfficerId).toList());
    return firms.stream()
        .map(
            firm ->
                new FirmSummary(
                    firm.getId(),
                    firm.getName(),
                    firm.getCreditCode(),
                    industries.get(firm.getIndustryCode()),
                    firm.getSize(),
                    names.unit(units, firm.getDistrictId()),
                    firm.isKeyProject(),
                    firm.getOfficerId(),
                    officers.get(firm.getOfficerId()),
                    firm.getLastVisitOn(),
                    firm.getNextVisitDue(),
                    firm.isVisitOverdue(today)))
        .toList();
  }

  public FirmDetail detail(Firm firm, LocalDate today) {
    return new FirmDetail(
        firm.getId(),
        firm.getName(),
        firm.getCreditCode(),
        firm.getIndustryCode(),
        names.industries().get(firm.getIndustryCode()),
        firm.getSize(),
        firm.getDistrictId(),
        names.unit(names.units(), firm.getDistrictId()),
        firm.getAddress(),
        firm.getContactName(),
        firm.getContactPhone(),
        firm.isKeyProject(),
        List.copyOf(firm.getTags()),
        firm.getParent() == null ? null : firm.getParent().getId(),
        firm.getParent() == null ? null : firm.getParent().getName(),
        firm.getVisitIntervalDays(),
        firm.getOfficerId(),
        names.officer(firm.getOfficerId()),
        firm.getOfficerSince(),
        firm.getLastVisitOn(),
        firm.getNextVisitDue(),
        firm.isVisitOverdue(today),
        firm.getVersion());
  }
}
