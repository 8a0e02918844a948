/**
 * Officers' visits to firms: planned, held or not held, and the cases the problems raised became.
 */
package cn.gov.bizenv.chiefservice.domain.model.visit;
