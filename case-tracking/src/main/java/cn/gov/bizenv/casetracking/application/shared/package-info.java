/**
 * Published for every module: the portal's clock, the validation of commands at the service
 * boundary, and who is asking.
 */
package cn.gov.bizenv.casetracking.application.shared;
