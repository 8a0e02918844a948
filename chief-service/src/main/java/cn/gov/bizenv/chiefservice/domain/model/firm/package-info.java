/** Firms as the portal knows them: their identity (the unified social credit code) and size. */
package cn.gov.bizenv.chiefservice.domain.model.firm;
