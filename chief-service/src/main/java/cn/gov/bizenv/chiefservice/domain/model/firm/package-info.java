/**
 * Firms and key projects as the portal knows them: identity (the credit code), industry, size,
 * district and visit cadence.
 */
package cn.gov.bizenv.chiefservice.domain.model.firm;
