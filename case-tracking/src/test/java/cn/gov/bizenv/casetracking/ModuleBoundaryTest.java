package cn.gov.bizenv.casetracking;

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
 * Case tracking is the base module: it knows neither the web module nor chief service, and its
 * domain packages use no application or infrastructure code.
 */
class ModuleBoundaryTest {
  static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

  @Test
  void caseTrackingDependsOnNoOtherModule() throws IOException {
    assertEquals(Set.of(), violations(Path.of("src/main/java"), List.of("cn.gov.bizenv.portal.", "cn.gov.bizenv.chiefservice.")));
  }

  @Test
  void theDomainUsesNoInfrastructure() throws IOException {
    assertEquals(
        Set.of(),
        violations(
            Path.of("src/main/java/cn/gov/bizenv/casetracking/domain"),
            List.of("cn.gov.bizenv.casetracking.infrastructure.", "cn.gov.bizenv.casetracking.application.internal.")));
  }

  static Set<String> violations(Path root, List<String> forbidden) throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).toList();
      assertFalse(sources.isEmpty());
      for (Path source : sources) {
        Matcher imports = IMPORT.matcher(Files.readString(source));
        while (imports.find()) {
          String imported = imports.group(1);
          if (forbidden.stream().anyMatch(imported::startsWith)) {
            found.add(source.getFileName() + " imports " + imported);
          }
        }
      }
    }
    return found;
  }
}
