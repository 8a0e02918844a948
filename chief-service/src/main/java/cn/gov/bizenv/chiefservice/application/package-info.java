/** Chief service's application services and the DTO records they exchange with the web layer. */
package cn.gov.bizenv.chiefservice.application;
