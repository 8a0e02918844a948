package cn.gov.bizenv.casetracking.application.triage;

/**
 * A suggested category at one level of the tree.
 *
 * @param path the names from the top level down, as {@code 城乡建设 / 安全生产 / 事故处理}
 * @param score the model's probability, 0 to 1
 * @param reason what the suggestion rests on, in words a person can check
 */
public record CategorySuggestion(
    long id, String code, String path, int level, double score, SuggestionReason reason)
    implements java.io.Serializable {}
