/** The directory EJBs, the caller lookup and the briefly remembered profiles. */
package cn.gov.bizenv.casetracking.application.directory.internal;
