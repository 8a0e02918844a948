package cn.gov.bizenv.casetracking.domain.model.casefile;

/** A case found like a probe, with its similarity in [0, 1]. */
public record SimilarCase(long caseId, double score) {}
