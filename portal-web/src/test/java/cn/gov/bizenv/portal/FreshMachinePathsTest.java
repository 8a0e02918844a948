package cn.gov.bizenv.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No test reads a file from outside the work tree that the test command does not install: the check
 * that would have caught a test reading a font that only one machine had.
 */
class FreshMachinePathsTest {
  /** The project's root: the parent of this module's folder, where bin/test is. */
  static Path projectRoot() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertTrue(
        Files.isRegularFile(root.resolve("bin/test")),
        "the tests run from a module folder of the project; bin/test not found under " + root);
    return root;
  }

  @Test
  void everyTestReadsOnlyWhatTheTestCommandInstallsOrWhatItCreates() {
    assertEquals(Set.of(), new FreshMachinePaths(projectRoot()).violations());
  }

  @Test
  void theTestCommandsInstalledPathsAreKnown() {
    Set<String> installed = new FreshMachinePaths(projectRoot()).pathsTheTestCommandInstalls();
    assertTrue(installed.contains("/usr/bin/chromium"), installed.toString());
    assertTrue(
        installed.contains("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), installed.toString());
  }

  @Test
  void aFontThatNothingInstallsAndAJarReadFromTheMavenRepositoryAreFound(@TempDir Path root)
      throws IOException {
    Path bin = Files.createDirectories(root.resolve("bin/lib"));
    Files.writeString(bin.resolve("../test"), "apt-get install chromium # /usr/bin/chromium\n");
    Files.writeString(
        bin.resolve("fonts.sh"), "FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc\n");
    Path tests = Files.createDirectories(root.resolve("module/src/test/java"));
    String quote = "\"";
    Files.writeString(
        tests.resolve("FontTest.java"),
        String.join(
            "\n",
            "class FontTest {",
            "  Path installed = Path.of("
                + quote
                + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
                + quote
                + ");",
            "  Path handInstalled = Path.of("
                + quote
                + "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
                + quote
                + ");",
            "  Path jar = Path.of(System.getProperty("
                + quote
                + "user.home"
                + quote
                + "), "
                + quote
                + ".m2/repository/h2.jar"
                + quote
                + ");",
            "  Path missing = Path.of(" + quote + "/nonexistent/font.ttf" + quote + ");",
            "}"));

    Set<String> found = new FreshMachinePaths(root).violations();

    assertEquals(2, found.size(), found.toString());
    assertTrue(
        found.stream()
            .anyMatch(
                v ->
                    v.startsWith(
                        "module/src/test/java/FontTest.java:3: /usr/share/fonts/opentype/noto")),
        found.toString());
    assertTrue(
        found.stream()
            .anyMatch(
                v -> v.startsWith("module/src/test/java/FontTest.java:4: reads the home folder")),
        found.toString());
  }
}
