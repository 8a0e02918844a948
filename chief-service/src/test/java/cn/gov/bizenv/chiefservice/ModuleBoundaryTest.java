package cn.gov.bizenv.chiefservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chief service reaches case tracking only through its application interfaces and the published
 * language they use (channels, statuses, roles, unit kinds, domain exceptions) and a few extension
 * points (schema and PostgreSQL scripts, kept tallies and the database's features, demo-data event,
 * sort whitelist), never through its entities, repositories or
 * tables; and no domain module knows the web module.
 */
class ModuleBoundaryTest {
  static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
  static final List<String> ALLOWED_FROM_CASE_TRACKING =
      List.of(
          "cn.gov.bizenv.casetracking.application.",
          "cn.gov.bizenv.casetracking.domain.shared.",
          "cn.gov.bizenv.casetracking.domain.model.casefile.Channel",
          "cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus",
          "cn.gov.bizenv.casetracking.domain.model.account.Role",
          "cn.gov.bizenv.casetracking.domain.model.unit.UnitKind",
          "cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner",
          // The platform's extension points and shared persistence helpers:
          "cn.gov.bizenv.casetracking.infrastructure.schema.ModuleSchema",
          "cn.gov.bizenv.casetracking.infrastructure.schema.PostgresScriptMigration",
          "cn.gov.bizenv.casetracking.infrastructure.persistence.FoldedTally",
          "cn.gov.bizenv.casetracking.infrastructure.persistence.DatabaseFeatures",
          "cn.gov.bizenv.casetracking.infrastructure.demo.DemoDataSeeded",
          "cn.gov.bizenv.casetracking.infrastructure.persistence.SortOrder",
          "cn.gov.bizenv.casetracking.infrastructure.imports.SpreadsheetRows");

  @Test
  void chiefServiceUsesOnlyCaseTrackingsPublishedInterfaces() throws IOException {
    Set<String> violations = new TreeSet<>();
    List<Path> sources = sources(Path.of("src/main/java"));
    assertFalse(sources.isEmpty());
    for (Path source : sources) {
      Matcher imports = IMPORT.matcher(Files.readString(source));
      while (imports.find()) {
        String imported = imports.group(1);
        boolean caseTracking = imported.startsWith("cn.gov.bizenv.casetracking.");
        if (caseTracking && ALLOWED_FROM_CASE_TRACKING.stream().noneMatch(imported::startsWith)) {
          violations.add(source.getFileName() + " imports " + imported);
        }
        if (imported.startsWith("cn.gov.bizenv.portal.")) {
          violations.add(source.getFileName() + " imports the web module: " + imported);
        }
      }
    }
    assertEquals(Set.of(), violations);
  }

  static List<Path> sources(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList();
    }
  }
}
