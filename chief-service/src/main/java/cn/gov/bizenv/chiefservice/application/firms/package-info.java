/** Firms and projects served by chief service officers, and the check of their credit codes. */
package cn.gov.bizenv.chiefservice.application.firms;
