package cn.gov.bizenv.casetracking.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseHighlights;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseHits;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseIndexEngineTest {
  private static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);
  private static final long HUALONG = 7;
  private static final long CITY_LIGHTING = 8;

  private CaseIndexEngine engine;

  @BeforeEach
  void index() throws IOException {
    engine = CaseIndexEngine.open(new ByteBuffersDirectory());
    engine.apply(
        List.of(
            doc(1, "人民路路灯不亮", "华龙区人民路中段三盏路灯连续一周不亮，夜间行人不便。", HUALONG, null, T),
            doc(2, "建设路噪音扰民", "华龙区建设路夜间施工噪音很大，影响居民休息。", HUALONG, CITY_LIGHTING, T.plusDays(1)),
            doc(3, "路灯损坏", "开发区长江路路灯杆被撞倒，存在安全隐患。", 9, CITY_LIGHTING, T.plusDays(2)),
            doc(4, "营业执照办理慢", "在政务中心办理营业执照等了两周，路过的窗口说资料不全。", 10, null, T.plusDays(3))),
        List.of(),
        Map.of("outbox.position", "4"));
  }

  @AfterEach
  void close() throws IOException {
    engine.close();
  }

  private static CaseDocument doc(
      long id, String title, String content, long concerned, Long lead, LocalDateTime received) {
    return new CaseDocument(
        id,
        "LY2026110200" + id,
        title,
        content,
        title.contains("路灯") ? "01.02.003" : "01.03.001",
        title.contains("路灯") ? "城乡建设 / 市政设施 / 路灯" : "城乡建设 / 环境保护 / 噪声",
        Channel.NETIZEN_MESSAGE,
        lead == null ? CaseStatus.NEW : CaseStatus.DISPATCHED,
        concerned,
        concerned == HUALONG ? "华龙区" : "其他单位",
        concerned == HUALONG ? concerned : null,
        lead,
        lead == null ? null : "市城市管理局",
        List.of(),
        List.of(),
        received,
        null,
        null);
  }

  private List<Long> search(String text) {
    return engine.find(criteria(text), null, PageRequest.first(20)).ids();
  }

  private static CaseCriteria criteria(String text) {
    return new CaseCriteria(text, null, null, null, null, null, null);
  }

  @Test
  void everyWordMustOccur() {
    assertEquals(List.of(1L), search("路灯 华龙区"));
    assertEquals(List.of(1L, 3L), search("路灯").stream().sorted().toList());
  }

  @Test
  void aWordIsAPhraseOfItsCharacterPairs() {
    // 路过 and 灯 occur in case 4, but not 路灯.
    assertTrue(!search("路灯").contains(4L));
    assertEquals(List.of(4L), search("营业执照"));
  }

  @Test
  void quotedPhrasesAndExclusions() {
    assertEquals(List.of(1L), search("\"人民路中段\""));
    assertEquals(List.of(), search("\"人民路 长江路\""));
    assertEquals(List.of(3L), search("路灯 -华龙区"));
    assertEquals(List.of(2L, 3L, 4L), search("-人民路").stream().sorted().toList());
    assertEquals(List.of(1L, 3L), search("路灯 - ").stream().sorted().toList());
  }

  @Test
  void theTitleCountsMostAndTheTotalComesFromTheIndex() {
    CaseHits hits = engine.find(criteria("路灯"), null, new PageRequest(0, 1, null, true));
    assertEquals(2, hits.total());
    assertEquals(1, hits.ids().size());
  }

  @Test
  void newestFirstOnRequest() {
    assertEquals(
        List.of(3L, 1L),
        engine.find(criteria("路灯"), null, new PageRequest(0, 20, "receivedAt", false)).ids());
  }

  @Test
  void aUnitSeesOnlyTheCasesItLeadsOrAssists() {
    CaseCriteria mine = criteria("路灯").restrictedToUnit(CITY_LIGHTING);
    assertEquals(List.of(3L), engine.find(mine, null, PageRequest.first(20)).ids());
    CaseCriteria other = criteria("路灯").restrictedToUnit(99);
    assertEquals(List.of(), engine.find(other, null, PageRequest.first(20)).ids());
  }

  @Test
  void filtersStay() {
    CaseCriteria criteria =
        new CaseCriteria("华龙区", CaseStatus.DISPATCHED, null, null, null, null, null);
    assertEquals(List.of(2L), engine.find(criteria, null, PageRequest.first(20)).ids());
    assertEquals(
        List.of(1L), engine.find(criteria("华龙区"), List.of(1L), PageRequest.first(20)).ids());
    assertEquals(
        List.of(2L),
        engine.find(criteria("华龙区").withCategory("01.03"), null, PageRequest.first(20)).ids());
  }

  @Test
  void theWordsOfATextForSearchesOutsideTheIndex() {
    SearchText.Words words = SearchText.words("路灯 \"人民路 中段\" -华龙区 - ");
    assertEquals(List.of("路灯", "人民路 中段"), words.required());
    assertEquals(List.of("华龙区"), words.excluded());
  }

  @Test
  void theTrackingNumberIsFoundWholeByItsBeginningOrByItsLastDigits() {
    assertEquals(List.of(3L), search("ly20261102003"));
    assertEquals(List.of(3L), search("61102003"));
    assertEquals(4, search("LY2026").size());
  }

  @Test
  void chineseRunningIntoLatinLettersIsOnePhrase() throws IOException {
    engine.apply(
        List.of(doc(9, "企业开办材料反复退回 营商1a2b3c4d", "窗口多次要求补充同一材料。", 10, null, T)),
        List.of(),
        Map.of());
    assertEquals(List.of(9L), search("营商1a2b3c4d"));
    assertEquals(List.of(9L), search("回 营商"));
    engine.apply(List.of(doc(10, "WiFi鑫淼焱覆盖", "内容", 10, null, T)), List.of(), Map.of());
    assertEquals(List.of(10L), search("wifi鑫"));
    assertEquals(List.of(), search("wifi淼"));
  }

  @Test
  void oneCharacterFindsItInsideWords() {
    assertTrue(search("灯").containsAll(List.of(1L, 3L)));
    // At the end of the title: only the title's own characters have it.
    assertEquals(List.of(3L), search("坏"));
  }

  @Test
  void highlightsMarkTheWordsAndEscapeTheRest() {
    CaseHighlights marked = engine.highlight("路灯 华龙区", "人民路<b>路灯</b>不亮", "华龙区人民路中段三盏路灯连续一周不亮。");
    assertNotNull(marked.title());
    assertTrue(marked.title().contains("<em>路灯</em>"), marked.title());
    assertTrue(marked.title().contains("&lt;b&gt;"), marked.title());
    assertTrue(marked.content().contains("<em>华龙区</em>"), marked.content());
    assertNull(engine.highlight("营业执照", "人民路路灯不亮", "不亮").title());
  }

  @Test
  void replacedDocumentsAndDeletionsApply() throws IOException {
    engine.apply(
        List.of(doc(1, "人民路井盖缺失", "人民路井盖缺失。", HUALONG, null, T)),
        List.of(3L),
        Map.of("outbox.position", "9"));
    assertEquals(List.of(), search("路灯"));
    assertEquals("9", engine.commitData().get("outbox.position"));
  }
}
