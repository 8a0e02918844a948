package cn.gov.bizenv.casetracking.application.triage;

import java.time.LocalDateTime;

/**
 * The routing model in use.
 *
 * @param version 0 while none has been trained
 * @param examples messages it learned from: classified cases and imported examples
 * @param trainedAt when it was trained (Beijing time), null while none has been
 * @param crossValidatedAccuracy first-level top-1 accuracy in stratified 5-fold cross-validation of
 *     its training messages; null when they were too few to tell
 * @param crossValidatedTop3 the same, with the right category among the first three
 */
public record ModelInfo(
    long version,
    int examples,
    int fromCases,
    int imported,
    LocalDateTime trainedAt,
    Double crossValidatedAccuracy,
    Double crossValidatedTop3)
    implements java.io.Serializable {}
