/** What a fresh production database needs before anyone can sign in. */
package cn.gov.bizenv.casetracking.infrastructure.bootstrap;
