package cn.gov.bizenv.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modules reach each other only through what they publish ({@link ModuleBoundaries}); and the
 * check catches each kind of breach when one is planted in a copy of the layout.
 */
class ModuleBoundaryTest {
  @TempDir Path planted;

  @Test
  void everyModuleKeepsToItsBoundaries() {
    assertEquals(Set.of(), new ModuleBoundaries(FreshMachinePathsTest.projectRoot()).violations());
  }

  @BeforeEach
  void aLayoutThatKeepsTheRules() throws IOException {
    write(
        "case-tracking",
        "cn/gov/bizenv/casetracking/domain/model/unit/Unit.java",
        "package cn.gov.bizenv.casetracking.domain.model.unit;",
        "import jakarta.persistence.Entity;",
        "@Entity",
        "public class Unit {}");
    write(
        "case-tracking",
        "cn/gov/bizenv/casetracking/domain/model/unit/UnitKind.java",
        "package cn.gov.bizenv.casetracking.domain.model.unit;",
        "public enum UnitKind {}");
    write(
        "chief-service",
        "cn/gov/bizenv/chiefservice/application/firms/internal/FirmService.java",
        "package cn.gov.bizenv.chiefservice.application.firms.internal;",
        "import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;",
        "import cn.gov.bizenv.casetracking.application.shared.PortalClock;",
        "import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;",
        "import cn.gov.bizenv.casetracking.platform.persistence.SortOrder;",
        "class FirmService {}");
    write(
        "portal-web",
        "cn/gov/bizenv/portal/web/units/ManageUnits.java",
        "package cn.gov.bizenv.portal.web.units;",
        "import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;",
        "import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;",
        "class ManageUnits {}");
  }

  @Test
  void aLayoutThatKeepsTheRulesPasses() {
    assertEquals(Set.of(), new ModuleBoundaries(planted).violations());
  }

  @Test
  void aCrossModuleImportOfAnInternalPackageIsFound() throws IOException {
    write(
        "chief-service",
        "cn/gov/bizenv/chiefservice/application/visits/internal/VisitService.java",
        "package cn.gov.bizenv.chiefservice.application.visits.internal;",
        "import cn.gov.bizenv.casetracking.application.cases.internal.CaseAccess;",
        "class VisitService {}");
    assertFound(
        "chief-service/src/main/java/cn/gov/bizenv/chiefservice/application/visits/internal/VisitService.java"
            + " imports cn.gov.bizenv.casetracking.application.cases.internal.CaseAccess");
  }

  @Test
  void aCrossModuleImportOfInfrastructureIsFound() throws IOException {
    write(
        "chief-service",
        "cn/gov/bizenv/chiefservice/infrastructure/persistence/JpaFirms.java",
        "package cn.gov.bizenv.chiefservice.infrastructure.persistence;",
        "import cn.gov.bizenv.casetracking.infrastructure.persistence.JpaUnitRepository;",
        "class JpaFirms {}");
    assertFound(
        "JpaFirms.java imports"
            + " cn.gov.bizenv.casetracking.infrastructure.persistence.JpaUnitRepository");
  }

  @Test
  void aDomainImportOfTheApplicationLayerIsFound() throws IOException {
    write(
        "case-tracking",
        "cn/gov/bizenv/casetracking/domain/model/unit/UnitRepository.java",
        "package cn.gov.bizenv.casetracking.domain.model.unit;",
        "import cn.gov.bizenv.casetracking.application.shared.PortalClock;",
        "interface UnitRepository {}");
    assertFound(
        "UnitRepository.java imports cn.gov.bizenv.casetracking.application.shared.PortalClock:"
            + " the domain uses no application");
  }

  @Test
  void anEntityInTheWebModuleIsFound() throws IOException {
    write(
        "portal-web",
        "cn/gov/bizenv/portal/rest/units/UnitResource.java",
        "package cn.gov.bizenv.portal.rest.units;",
        "import cn.gov.bizenv.casetracking.domain.model.unit.Unit;",
        "class UnitResource {}");
    assertFound(
        "UnitResource.java imports cn.gov.bizenv.casetracking.domain.model.unit.Unit: entities"
            + " never leave");
  }

  @Test
  void theBaseModuleImportingAnotherModuleIsFound() throws IOException {
    write(
        "case-tracking",
        "cn/gov/bizenv/casetracking/application/cases/internal/CaseRecorder.java",
        "package cn.gov.bizenv.casetracking.application.cases.internal;",
        "import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;",
        "class CaseRecorder {}");
    assertFound(
        "CaseRecorder.java imports cn.gov.bizenv.chiefservice.application.firms.FirmRegister:"
            + " case tracking is the base module");
  }

  @Test
  void thePlatformImportingAnImplementationIsFound() throws IOException {
    write(
        "case-tracking",
        "cn/gov/bizenv/casetracking/platform/persistence/FoldedTally.java",
        "package cn.gov.bizenv.casetracking.platform.persistence;",
        "import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseTally;",
        "interface FoldedTally {}");
    assertFound(
        "FoldedTally.java imports cn.gov.bizenv.casetracking.infrastructure.persistence.reports"
            + ".CaseTally: what is published depends on nothing unpublished");
  }

  private void assertFound(String violation) {
    Set<String> found = new ModuleBoundaries(planted).violations();
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.iterator().next().contains(violation), found.toString());
  }

  private void write(String module, String path, String... lines) throws IOException {
    Path file = planted.resolve(module).resolve("src/main/java").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
  }
}
