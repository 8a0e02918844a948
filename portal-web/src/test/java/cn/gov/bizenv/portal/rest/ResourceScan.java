package cn.gov.bizenv.portal.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the compiled classes of a package tree, so that tests can check rules over all of them. */
final class ResourceScan {
  private ResourceScan() {}

  static List<Class<?>> classesUnder(Path classesRoot, String packageName) throws IOException {
    Path folder = classesRoot.resolve(packageName.replace('.', '/'));
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
          .filter(file -> !file.getFileName().toString().equals("package-info.class"))
          .map(
              file ->
                  classesRoot
                      .relativize(file)
                      .toString()
                      .replace('/', '.')
                      .replaceAll("\\.class$", ""))
          .map(ResourceScan::load)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
