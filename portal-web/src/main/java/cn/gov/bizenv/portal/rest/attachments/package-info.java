/** Attached files over the API: the upload body and the download answer every resource shares. */
package cn.gov.bizenv.portal.rest.attachments;
