/** The page shell: language, the signed-in person, messages and lazy lists shared by every page. */
package cn.gov.bizenv.portal.web.shell;
