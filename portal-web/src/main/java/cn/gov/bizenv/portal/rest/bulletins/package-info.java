/** REST resources for the supervision bulletin: drafting, approval, the archive and its files. */
package cn.gov.bizenv.portal.rest.bulletins;
