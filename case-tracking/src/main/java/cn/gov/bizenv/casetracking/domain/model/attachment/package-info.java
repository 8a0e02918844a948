/**
 * Files attached to cases and to other modules' records: their metadata, the accepted file kinds
 * recognised by content, the limits, and where the bytes are kept.
 */
package cn.gov.bizenv.casetracking.domain.model.attachment;
