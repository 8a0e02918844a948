/** Officer coverage: how far officers' visits and policy deliveries reached in a period. */
package cn.gov.bizenv.chiefservice.domain.model.coverage;
