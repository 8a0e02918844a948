/** Case tracking's application services and the DTO records they exchange with the web layer. */
package cn.gov.bizenv.casetracking.application;
