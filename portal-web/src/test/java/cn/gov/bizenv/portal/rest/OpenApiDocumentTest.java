package cn.gov.bizenv.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is written by hand (Payara's scanner fails on record constraints), so this
 * test keeps it honest: every resource method must be documented under its path and HTTP method.
 */
class OpenApiDocumentTest {
  @Test
  void everyResourceMethodIsDocumented() throws IOException {
    Map<String, Set<String>> documented = documentedOperations();
    Set<String> missing = new TreeSet<>();
    List<Class<?>> resources =
        ResourceScan.classesUnder(
                java.nio.file.Path.of("target/classes"), "cn.gov.bizenv.portal.rest")
            .stream()
            .filter(type -> type.isAnnotationPresent(Path.class))
            .toList();
    assertFalse(resources.isEmpty());
    for (Class<?> resource : resources) {
      String classPath = "/api/" + trim(resource.getAnnotation(Path.class).value());
      for (Method method : resource.getDeclaredMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        String path =
            method.isAnnotationPresent(Path.class)
                ? classPath + "/" + trim(method.getAnnotation(Path.class).value())
                : classPath;
        if (!documented.getOrDefault(path, Set.of()).contains(verb)) {
          missing.add(verb + " " + path);
        }
      }
    }
    assertEquals(Set.of(), missing, "document these in META-INF/openapi.yaml");
  }

  /**
   * A merge can leave the file readable line by line yet invalid; Payara then serves no document.
   */
  @Test
  void theDocumentIsValidYamlWithPathsAndComponents() throws IOException {
    Map<String, Object> document =
        new org.yaml.snakeyaml.Yaml()
            .load(
                Files.readString(
                    java.nio.file.Path.of("src/main/resources/META-INF/openapi.yaml")));
    assertEquals("3.0.3", document.get("openapi"));
    Map<?, ?> paths = (Map<?, ?>) document.get("paths");
    assertEquals(
        documentedOperations().keySet(),
        paths.keySet().stream().map(Object::toString).collect(java.util.stream.Collectors.toSet()));
    assertFalse(((Map<?, ?>) document.get("components")).isEmpty());
  }

  private static Map<String, Set<String>> documentedOperations() throws IOException {
    Map<String, Set<String>> operations = new LinkedHashMap<>();
    String current = null;
    for (String line :
        Files.readAllLines(java.nio.file.Path.of("src/main/resources/META-INF/openapi.yaml"))) {
      if (line.startsWith("  /")) {
        current = line.strip().replaceAll(":$", "");
        operations.put(current, new TreeSet<>());
      } else if (current != null && line.matches("    (get|put|post|delete|patch):.*")) {
        operations.get(current).add(line.strip().replaceAll(":.*", "").toUpperCase());
      } else if (!line.startsWith(" ") && !line.isBlank()) {
        current = null;
      }
    }
    return operations;
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) return "GET";
    if (method.isAnnotationPresent(POST.class)) return "POST";
    if (method.isAnnotationPresent(PUT.class)) return "PUT";
    if (method.isAnnotationPresent(DELETE.class)) return "DELETE";
    return null;
  }

  private static String trim(String path) {
    // A template's regular expression ({ext: (\\.(json|xml))?}) is documented by its name alone.
    return path.replaceAll("^/+", "")
        .replaceAll("/+$", "")
        .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
  }
}
