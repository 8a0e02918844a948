/** Who and what the portal knows: units, accounts, chief service officers and the category tree. */
package cn.gov.bizenv.casetracking.application.directory;
