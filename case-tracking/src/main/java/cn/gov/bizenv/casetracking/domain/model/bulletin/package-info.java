/** The supervision bulletin (督查通报): its period, approval and the snapshot frozen on approval. */
package cn.gov.bizenv.casetracking.domain.model.bulletin;
