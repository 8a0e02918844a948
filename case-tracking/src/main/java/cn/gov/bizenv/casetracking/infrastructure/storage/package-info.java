/** Attachments' bytes on the file system, beside the database. */
package cn.gov.bizenv.casetracking.infrastructure.storage;
