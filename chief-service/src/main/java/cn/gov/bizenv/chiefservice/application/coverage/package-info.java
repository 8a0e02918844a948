/** Officer coverage and the policies' reach and take-up, for leaders and the policy office. */
package cn.gov.bizenv.chiefservice.application.coverage;
