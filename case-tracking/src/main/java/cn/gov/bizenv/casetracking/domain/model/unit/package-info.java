/** Units: the office, its special groups, city departments and counties that handle cases. */
package cn.gov.bizenv.casetracking.domain.model.unit;
