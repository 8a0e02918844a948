/** The event that lets each module add its demo data once case tracking's exists. */
package cn.gov.bizenv.casetracking.platform.demo;
