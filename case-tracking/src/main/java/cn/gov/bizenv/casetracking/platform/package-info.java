/** Published for every module: the extension points and infrastructure they build on. */
package cn.gov.bizenv.casetracking.platform;
