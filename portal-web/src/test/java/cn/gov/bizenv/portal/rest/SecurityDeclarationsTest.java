package cn.gov.bizenv.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page, endpoint and service states who may use it. */
class SecurityDeclarationsTest {
  @Test
  void everyResourceDeclaresItsRoles() throws IOException {
    List<String> undeclared = new ArrayList<>();
    for (Class<?> type :
        ResourceScan.classesUnder(
            java.nio.file.Path.of("target/classes"), "cn.gov.bizenv.portal.rest")) {
      if (type.isAnnotationPresent(Path.class) && !declaresAccess(type)) {
        undeclared.add(type.getName());
      }
    }
    assertEquals(List.of(), undeclared);
  }

  @Test
  void everyApplicationServiceDeclaresItsRoles() throws Exception {
    List<Class<?>> services = new ArrayList<>();
    services.addAll(
        applicationClasses(
            "cn.gov.bizenv.casetracking.application.directory.internal.UnitDirectoryService",
            "cn/gov/bizenv/casetracking/application/"));
    services.addAll(
        applicationClasses(
            "cn.gov.bizenv.chiefservice.application.firms.internal.FirmService",
            "cn/gov/bizenv/chiefservice/application/"));
    List<String> undeclared =
        services.stream()
            .filter(type -> type.isAnnotationPresent(Stateless.class) && !declaresAccess(type))
            .map(Class::getName)
            .toList();
    assertTrue(
        services.stream().filter(type -> type.isAnnotationPresent(Stateless.class)).count() > 30);
    assertEquals(List.of(), undeclared);
  }

  /** Every class of a module's application packages, found from one of them (a folder or a jar). */
  private static List<Class<?>> applicationClasses(String anyService, String folder)
      throws Exception {
    Class<?> known = Class.forName(anyService);
    java.nio.file.Path classes =
        java.nio.file.Path.of(known.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(classes)) {
      return ResourceScan.classesUnder(classes, folder.replace('/', '.').replaceAll("\\.$", ""));
    }
    List<Class<?>> found = new ArrayList<>();
    try (var jar = new java.util.jar.JarFile(classes.toFile())) {
      for (var entry : java.util.Collections.list(jar.entries())) {
        String name = entry.getName();
        if (name.startsWith(folder)
            && name.endsWith(".class")
            && !name.contains("$")
            && !name.endsWith("package-info.class")) {
          found.add(Class.forName(name.replace('/', '.').replaceAll("\\.class$", "")));
        }
      }
    }
    return found;
  }

  /** Each page is opened to somebody by a constraint of its own; nothing relies on the deny-all. */
  @Test
  void everyPageIsCoveredByADeclaredConstraint() throws IOException {
    String webXml = Files.readString(java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml"));
    Set<String> patterns = new TreeSet<>();
    Matcher constraint =
        Pattern.compile("(?s)<security-constraint>(.*?)</security-constraint>").matcher(webXml);
    boolean denyAllSeen = false;
    while (constraint.find()) {
      String body = constraint.group(1);
      boolean denyAll = body.contains("<auth-constraint/>");
      Matcher pattern = Pattern.compile("<url-pattern>(.*?)</url-pattern>").matcher(body);
      while (pattern.find()) {
        if (denyAll) {
          assertEquals("*.xhtml", pattern.group(1), "the deny-all constraint covers every page");
          denyAllSeen = true;
        } else {
          patterns.add(pattern.group(1));
        }
      }
    }
    assertTrue(denyAllSeen, "web.xml must deny undeclared pages");
    java.nio.file.Path webapp = java.nio.file.Path.of("src/main/webapp");
    List<String> uncovered = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        String path = "/" + webapp.relativize(file).toString().replace('\\', '/');
        if (path.startsWith("/WEB-INF/")) {
          continue;
        }
        boolean covered =
            patterns.stream()
                .anyMatch(
                    p ->
                        p.equals(path)
                            || (p.endsWith("/*")
                                && path.startsWith(p.substring(0, p.length() - 1))));
        if (!covered) {
          uncovered.add(path);
        }
      }
    }
    assertEquals(List.of(), uncovered);
    assertFalse(patterns.isEmpty());
  }

  private static boolean declaresAccess(Class<?> type) {
    return type.isAnnotationPresent(RolesAllowed.class)
        || type.isAnnotationPresent(PermitAll.class)
        || type.isAnnotationPresent(DenyAll.class);
  }
}
