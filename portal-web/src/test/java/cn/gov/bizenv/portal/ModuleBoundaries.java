package cn.gov.bizenv.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules by which the portal's modules reach each other, read from the import lines of their
 * main sources:
 *
 * <ul>
 *   <li>case tracking is the base module: it knows neither chief service nor the web module;
 *   <li>chief service knows not the web module, and of case tracking only the published packages:
 *       an aggregate's application interfaces and records (never its {@code internal} package), the
 *       shared kernel ({@code application.shared}, {@code domain.shared}), the platform's extension
 *       points ({@code platform}) and the published language in {@link #PUBLISHED_LANGUAGE};
 *   <li>the web module uses no module's {@code internal}, {@code infrastructure} or {@code
 *       platform} packages and no entity: entities never leave the EJB boundary;
 *   <li>in every module the domain imports no application, infrastructure or platform code;
 *   <li>what case tracking publishes for the others (the platform and the shared kernel) depends on
 *       none of its {@code internal} or {@code infrastructure} packages.
 * </ul>
 */
final class ModuleBoundaries {
  static final String CASE_TRACKING = "cn.gov.bizenv.casetracking.";
  static final String CHIEF_SERVICE = "cn.gov.bizenv.chiefservice.";
  static final String WEB = "cn.gov.bizenv.portal.";

  /** Case tracking's domain types that chief service shares as published language. */
  static final List<String> PUBLISHED_LANGUAGE =
      List.of(
          "domain.model.casefile.Channel",
          "domain.model.casefile.CaseStatus",
          "domain.model.account.Role",
          "domain.model.unit.UnitKind",
          "domain.model.attachment.AttachmentOwner");

  private static final List<String> PUBLISHED_PACKAGES =
      List.of("application.shared.", "domain.shared.", "platform.");
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
  private static final Pattern NOT_PUBLISHED = Pattern.compile("\\.(internal|infrastructure)\\.");

  private final Path root;

  /**
   * @param root the project's folder, holding one folder per module
   */
  ModuleBoundaries(Path root) {
    this.root = root;
  }

  /** Every import that breaks a rule, as {@code file imports name: rule}; empty when all hold. */
  Set<String> violations() {
    Set<String> found = new TreeSet<>();
    check("case-tracking", CASE_TRACKING, found);
    check("chief-service", CHIEF_SERVICE, found);
    check("portal-web", WEB, found);
    return found;
  }

  private void check(String module, String base, Set<String> found) {
    Path sources = root.resolve(module).resolve("src/main/java");
    for (Path source : javaFiles(sources)) {
      String name = root.relativize(source).toString();
      String own = sources.relativize(source).getParent().toString().replace('/', '.') + ".";
      Matcher imports = IMPORT.matcher(read(source));
      while (imports.find()) {
        String imported = imports.group(1);
        String rule = broken(base, own, imported);
        if (rule != null) {
          found.add(name + " imports " + imported + ": " + rule);
        }
      }
    }
  }

  /** The rule the import breaks, or null. */
  private String broken(String base, String ownPackage, String imported) {
    if (ownPackage.startsWith(base + "domain.")
        && (imported.startsWith(CASE_TRACKING) || imported.startsWith(CHIEF_SERVICE))
        && !imported.matches("cn\\.gov\\.bizenv\\.\\w+\\.domain\\..*")) {
      return "the domain uses no application, infrastructure or platform code";
    }
    if (base.equals(CASE_TRACKING)
        && (imported.startsWith(CHIEF_SERVICE) || imported.startsWith(WEB))) {
      return "case tracking is the base module";
    }
    if ((ownPackage.startsWith(base + "platform.")
            || ownPackage.startsWith(base + "application.shared."))
        && NOT_PUBLISHED.matcher(imported).find()) {
      return "what is published depends on nothing unpublished";
    }
    if (base.equals(CHIEF_SERVICE)) {
      if (imported.startsWith(WEB)) {
        return "no domain module knows the web module";
      }
      if (imported.startsWith(CASE_TRACKING) && !publishedByCaseTracking(imported)) {
        return "chief service uses only case tracking's published packages";
      }
    }
    if (base.equals(WEB)
        && (imported.startsWith(CASE_TRACKING) || imported.startsWith(CHIEF_SERVICE))) {
      if (NOT_PUBLISHED.matcher(imported).find() || imported.contains(".platform.")) {
        return "the web module uses the modules' application interfaces";
      }
      if (isEntity(imported)) {
        return "entities never leave the EJB boundary";
      }
    }
    return null;
  }

  private static boolean publishedByCaseTracking(String imported) {
    String inside = imported.substring(CASE_TRACKING.length());
    if (PUBLISHED_PACKAGES.stream().anyMatch(inside::startsWith)
        || PUBLISHED_LANGUAGE.stream().anyMatch(inside::startsWith)) {
      return true;
    }
    return inside.startsWith("application.") && !NOT_PUBLISHED.matcher(imported).find();
  }

  /** Whether the imported type (or the type that holds an imported member) is a JPA entity. */
  private boolean isEntity(String imported) {
    String[] parts = imported.split("\\.");
    for (int length = parts.length; length > 0; length--) {
      String path = String.join("/", List.of(parts).subList(0, length)) + ".java";
      for (String module : List.of("case-tracking", "chief-service")) {
        Path source = root.resolve(module).resolve("src/main/java").resolve(path);
        if (Files.isRegularFile(source)) {
          return Pattern.compile("^@Entity\\b", Pattern.MULTILINE).matcher(read(source)).find();
        }
      }
    }
    return false;
  }

  private static List<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no module sources at " + dir);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
