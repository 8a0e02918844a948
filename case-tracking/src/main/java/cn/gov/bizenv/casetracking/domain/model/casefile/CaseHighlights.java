package cn.gov.bizenv.casetracking.domain.model.casefile;

/**
 * A search hit's title and content passage with the matched words in {@code <em>…</em>}, the rest
 * HTML-escaped, safe to show as markup; a part is null where the query does not match it.
 */
public record CaseHighlights(String title, String content) {}
