package cn.gov.bizenv.casetracking.application.open311;

import cn.gov.bizenv.casetracking.application.directory.DistrictChoice;
import java.util.List;

/**
 * A GeoReport service definition: every service takes one optional attribute, the county or
 * district concerned (without it the case goes to the leading group office's triage).
 */
public record Open311Definition(String serviceCode, List<DistrictChoice> districts) {}
