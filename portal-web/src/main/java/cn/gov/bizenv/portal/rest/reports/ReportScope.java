package cn.gov.bizenv.portal.rest.reports;

import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters that scope a report (period, district, unit, imported batch, moment), taken
 * once by every report endpoint through {@code @BeanParam}, so that the dashboard, its drill-down
 * and their exports read them alike.
 */
public class ReportScope {
  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("district")
  Long district;

  @QueryParam("unit")
  Long unit;

  @QueryParam("batch")
  Long batch;

  @QueryParam("asOf")
  String asOf;

  ReportPeriod period() {
    return new ReportPeriod(
        QueryParameters.date(from, "from"),
        QueryParameters.date(to, "to"),
        district,
        unit,
        QueryParameters.dateTime(asOf, "asOf"),
        batch);
  }
}
