/** Which firms a policy is meant for, and matching a firm's profile against that target. */
package cn.gov.bizenv.chiefservice.domain.model.policy;
