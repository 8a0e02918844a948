package cn.gov.bizenv.casetracking.application.triage;

/**
 * A suggested lead unit.
 *
 * @param score its share of the evidence, 0 to 1
 * @param reason what the suggestion rests on (e.g. 与 12 件已办案件相似，其中 9 件由市城市管理局主办)
 */
public record UnitSuggestion(long id, String name, double score, SuggestionReason reason)
    implements java.io.Serializable {}
