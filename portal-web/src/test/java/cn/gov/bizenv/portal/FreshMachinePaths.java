package cn.gov.bizenv.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds what a test reads from outside the work tree that the test command does not install. A
 * fresh machine has only what the README's prerequisites name and what {@code bin/test} installs; a
 * test that opens any other absolute path passes on a developer's machine and fails there.
 *
 * <p>An absolute path in a test's source is allowed when the test command's scripts name it (so
 * they install it), or when it is listed in {@link #NEVER_OPENED} with the reason it is never read.
 * The Maven repository is never a place to read a jar from by its version: ask Maven for it.
 */
final class FreshMachinePaths {
  /** Paths that tests name as values only: nothing is read from them. */
  static final Map<String, String> NEVER_OPENED =
      Map.of(
          "/nonexistent/",
          "a path that must not exist, to test the refusal of a missing file",
          "/srv/portal-data",
          "a configured data folder whose derived settings are read back; the folder is not"
              + " opened");

  private static final Pattern ABSOLUTE_LITERAL =
      Pattern.compile(
          "\"(/(?:usr|opt|etc|var|home|root|srv|tmp|mnt|media|lib|bin|sbin|run|nonexistent)"
              + "(?:/[^\"\\s]*)?)\"");
  private static final Pattern SCRIPT_PATH =
      Pattern.compile("(/(?:usr|opt|etc|var|lib|bin|sbin)/[\\w./+-]+)");
  private static final Pattern OUTSIDE_HOME = Pattern.compile("\\.m2/repository|\"user\\.home\"");

  /** This check and its test name what they look for. */
  private static final Set<String> SELF =
      Set.of("FreshMachinePaths.java", "FreshMachinePathsTest.java");

  private final Path root;

  FreshMachinePaths(Path root) {
    this.root = root;
  }

  /** Each offending place as {@code file:line: what}; empty when every test stays in its tree. */
  Set<String> violations() {
    Set<String> installed = pathsTheTestCommandInstalls();
    Set<String> found = new TreeSet<>();
    for (Path source : testSources()) {
      String[] lines = read(source).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String place = root.relativize(source) + ":" + (i + 1) + ": ";
        Matcher literal = ABSOLUTE_LITERAL.matcher(lines[i]);
        while (literal.find()) {
          String path = literal.group(1);
          boolean allowed =
              installed.contains(path) || NEVER_OPENED.keySet().stream().anyMatch(path::startsWith);
          if (!allowed) {
            found.add(place + path + " is neither installed by bin/test nor created by the test");
          }
        }
        if (OUTSIDE_HOME.matcher(lines[i]).find()) {
          found.add(place + "reads the home folder or the Maven repository directly");
        }
      }
    }
    return found;
  }

  /** The absolute paths named by {@code bin/test} and the scripts it sources. */
  Set<String> pathsTheTestCommandInstalls() {
    Set<String> paths = new TreeSet<>();
    Stream.concat(Stream.of(root.resolve("bin/test")), files(root.resolve("bin/lib"), ".sh"))
        .forEach(
            script -> {
              Matcher named = SCRIPT_PATH.matcher(read(script));
              while (named.find()) {
                paths.add(named.group(1));
              }
            });
    return paths;
  }

  private List<Path> testSources() {
    try (Stream<Path> modules = Files.list(root)) {
      return modules
          .map(module -> module.resolve("src/test"))
          .filter(Files::isDirectory)
          .flatMap(tests -> files(tests, ".java"))
          .filter(source -> !SELF.contains(source.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(file -> file.toString().endsWith(suffix)).sorted().toList().stream();
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
