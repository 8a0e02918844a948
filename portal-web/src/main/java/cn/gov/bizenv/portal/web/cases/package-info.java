/** Pages for recording, listing and reading cases. */
package cn.gov.bizenv.portal.web.cases;
