package cn.gov.bizenv.chiefservice.application.firms;

import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import java.time.LocalDate;

/** One row of a firm list, with the names of its industry, district and officer. */
public record FirmSummary(
    long id,
    String name,
    String creditCode,
    String industryName,
    FirmSize size,
    String districtName,
    boolean keyProject,
    Long officerId,
    String officerName,
    LocalDate lastVisitOn,
    LocalDate nextVisitDue,
    boolean overdue) {}
