/**
 * Case tracking's application layer, one package per aggregate: each holds the service interfaces
 * and the DTO records they exchange with the web layer and the other modules, and its {@code
 * internal} package the stateless EJBs behind them, where transactions and roles are declared.
 */
package cn.gov.bizenv.casetracking.application;
