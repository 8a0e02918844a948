package cn.gov.bizenv.casetracking.domain.model.casefile;

/** A case found like a probe, with its similarity in [0, 1]. */
public record SimilarCase(long caseId, double score) {
  /**
   * The score from which a case is shown as a possible duplicate, unless {@code
   * portal.similar.threshold} says otherwise; chosen on the labelled duplicate set
   * (DuplicateSetTest prints the curve): precision 0.90 or better at recall 0.80 or better.
   */
  public static final double DUPLICATE_THRESHOLD = 0.26;
}
