/** Demo data for the one-command run; never active in production. */
package cn.gov.bizenv.casetracking.infrastructure.demo;
