package cn.gov.bizenv.casetracking.application.batches;

/** What a committed batch import stored: the batch's identity and how many rows became cases. */
public record BatchOutcome(
    long batchId, String batchNumber, String sourceDocument, int imported, int skipped) {}
