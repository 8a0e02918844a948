package cn.gov.bizenv.portal.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.calendar.DayKind;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.category.ImportOutcome;
import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.chiefservice.application.assignments.ImportAction;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachGrouping;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.chiefservice.domain.model.policy.Criterion;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chinese is the default and English is complete: both bundles have exactly the same keys. */
class BundleCompletenessTest {
  static final Path WEBAPP = Path.of("src/main/webapp");
  static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
  static final Pattern PREFIXED_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+\\.)' \\+=");

  @ParameterizedTest
  @ValueSource(strings = {"cn/gov/bizenv/portal/i18n/messages", "ValidationMessages"})
  void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
    Set<String> english = keys(bundle + ".properties");
    Set<String> chinese = keys(bundle + "_zh_CN.properties");
    assertEquals(
        new TreeSet<>(english),
        new TreeSet<>(chinese),
        bundle + ": keys differ between English and Chinese");
    assertTrue(english.size() > 5);
  }

  @Test
  void everyKeyAViewUsesExists() throws IOException {
    Set<String> keys = keys("cn/gov/bizenv/portal/i18n/messages_zh_CN.properties");
    Set<String> missing = new TreeSet<>();
    for (Path view : views()) {
      String text = Files.readString(view);
      Matcher literal = LITERAL_KEY.matcher(text);
      while (literal.find()) {
        if (!keys.contains(literal.group(1))) {
          missing.add(WEBAPP.relativize(view) + ": " + literal.group(1));
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyEnumShownInAViewHasATextInBothLanguages() throws IOException {
    Set<String> usedPrefixes = new TreeSet<>();
    for (Path view : views()) {
      Matcher prefixed = PREFIXED_KEY.matcher(Files.readString(view));
      while (prefixed.find()) {
        usedPrefixes.add(prefixed.group(1));
      }
    }
    for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
      Set<String> keys = keys("cn/gov/bizenv/portal/i18n/" + file);
      for (String prefix : usedPrefixes) {
        Enum<?>[] constants =
            switch (prefix) {
              case "channel." -> Channel.values();
              case "status." -> CaseStatus.values();
              case "caseAlert." ->
                  cn.gov.bizenv.casetracking.domain.model.casefile.CaseAlert.values();
              case "unitKind." -> UnitKind.values();
              case "event." -> CaseEventType.values();
              case "timeline.actor." ->
                  cn.gov.bizenv.casetracking.domain.model.casefile.CaseActor.values();
              case "importOutcome." -> ImportOutcome.values();
              case "limitUnit.", "limitAmount." -> LimitUnit.values();
              case "dayKind." -> DayKind.values();
              case "dayOfWeek." -> DayOfWeek.values();
              case "caseAction." -> CaseAction.values();
              case "overdueStep." ->
                  cn.gov.bizenv.casetracking.domain.model.timelimit.OverdueStep.values();
              case "outcome." -> CaseOutcome.values();
              case "satisfaction." -> Satisfaction.values();
              case "firmSize." -> FirmSize.values();
              case "visitStatus." -> VisitStatus.values();
              case "deliveryState." -> DeliveryState.values();
              case "criterion." -> Criterion.values();
              case "importAction." -> ImportAction.values();
              case "reachGrouping." -> ReachGrouping.values();
              case "letterType." ->
                  cn.gov.bizenv.casetracking.domain.model.mailbox.LetterType.values();
              case "publicStatus." ->
                  cn.gov.bizenv.casetracking.domain.model.mailbox.PublicStatus.values();
              case "rankingComponent.", "rankingComponent.def." ->
                  cn.gov.bizenv.casetracking.domain.model.report.RankingComponent.values();
              case "reportPeriod." -> cn.gov.bizenv.portal.web.reports.ReportPeriodChoice.values();
              case "headline.", "headline.def." ->
                  cn.gov.bizenv.portal.web.reports.Headline.values();
              case "bulletinStatus." ->
                  cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus.values();
              case "periodKind." ->
                  cn.gov.bizenv.casetracking.domain.model.bulletin.PeriodKind.values();
              case "reportFigure.", "reportFigure.def." ->
                  cn.gov.bizenv.casetracking.domain.model.report.Figure.values();
              case "role." -> cn.gov.bizenv.casetracking.domain.model.account.Role.values();
              case "taskSource." ->
                  cn.gov.bizenv.casetracking.domain.model.task.SourceKind.values();
              case "taskStatus." ->
                  cn.gov.bizenv.casetracking.domain.model.task.TaskStatus.values();
              case "taskCadence." ->
                  cn.gov.bizenv.casetracking.domain.model.task.ReportingCadence.values();
              case "planStatus." ->
                  cn.gov.bizenv.casetracking.domain.model.task.PlanStatus.values();
              case "taskEvent." ->
                  cn.gov.bizenv.casetracking.domain.model.task.TaskEventType.values();
              case "audit.event." ->
                  cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType.values();
              default ->
                  throw new AssertionError("a view builds keys with an unknown prefix: " + prefix);
            };
        for (Enum<?> constant : constants) {
          assertTrue(
              keys.contains(prefix + constant.name()), file + " lacks " + prefix + constant.name());
        }
      }
    }
  }

  @Test
  void viewsHaveNoHardCodedText() throws IOException {
    // Text between tags must come from the bundles; the language names are the one exception.
    Pattern literalText = Pattern.compile(">\\s*([^<#{}\\s][^<#{}]*\\p{IsHan}[^<#{}]*)<");
    Set<String> found = new TreeSet<>();
    for (Path view : views()) {
      Matcher matcher = literalText.matcher(Files.readString(view));
      while (matcher.find()) {
        found.add(WEBAPP.relativize(view) + ": " + matcher.group(1).strip());
      }
    }
    assertEquals(Set.of(), found);
  }

  static Set<Path> views() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return new TreeSet<>(files.filter(p -> p.toString().endsWith(".xhtml")).toList());
    }
  }

  static Set<String> keys(String resource) throws IOException {
    try (InputStream in =
        BundleCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing bundle " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties.stringPropertyNames();
    }
  }

  /** Refusals reach people as message keys; each must have a text in both languages. */
  @Test
  void everyRefusalAndFieldMessageOfCaseHandlingHasAText() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.RefusalReason reason :
        cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.RefusalReason.values()) {
      expected.add(reason.messageKey());
    }
    expected.add("handling.extension.pending");
    expected.add("handling.extension.none");
    // Whatever a command lacks, for every action: the keys the service actually produces.
    for (CaseAction action : CaseAction.values()) {
      cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseActions.of(action)
          .violations(
              cn.gov.bizenv.casetracking.application.cases.CaseActionCommand.of(action, 1, null)
                  .values())
          .forEach(violation -> expected.add(violation.messageKey()));
    }
    expected.add("handling.notApplicable");
    expected.add("handling.extensionDays.range");
    expected.add("handling.assistingUnitIds.duplicate");
    expected.add("handling.assistingUnitIds.includesLead");
    assertTrue(
        expected.contains("handling.reason.required")
            && expected.contains("handling.reply.required"));
    for (String file :
        new String[] {
          "cn/gov/bizenv/portal/i18n/messages.properties",
          "cn/gov/bizenv/portal/i18n/messages_zh_CN.properties"
        }) {
      Set<String> keys = new TreeSet<>(keys(file));
      keys.addAll(
          keys(
              file.contains("_zh_CN")
                  ? "ValidationMessages_zh_CN.properties"
                  : "ValidationMessages.properties"));
      for (String key : expected) {
        assertTrue(keys.contains(key), file + " lacks " + key);
      }
    }
  }
}
