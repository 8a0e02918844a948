package cn.gov.bizenv.casetracking.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
  @AfterEach
  void clear() {
    System.clearProperty("portal.db.url");
    System.clearProperty("portal.data.dir");
  }

  @Test
  void withoutAUrlTheEmbeddedH2FileUnderTheDataFolderIsUsed() {
    System.setProperty("portal.data.dir", "/srv/portal-data");
    DatabaseSettings settings = new DatabaseSettings();
    assertTrue(
        settings
            .getValue("portal.db.url")
            .startsWith("jdbc:h2:file:" + Path.of("/srv/portal-data/portal")));
    assertTrue(settings.getValue("portal.db.url").contains("MODE=PostgreSQL"));
    assertEquals("org.h2.jdbcx.JdbcDataSource", settings.getValue("portal.db.datasource"));
  }

  @Test
  void attachmentsGoToAFolderOfTheDataDirectoryByDefault() {
    System.setProperty("portal.data.dir", "/srv/portal-data");
    assertEquals(
        Path.of("/srv/portal-data/attachments").toString(),
        new DatabaseSettings().getValue("portal.attachments.dir"));
  }

  @Test
  void aPostgresqlUrlSelectsPostgresqlsDataSource() {
    System.setProperty("portal.db.url", "jdbc:postgresql://db.internal:5432/portal");
    DatabaseSettings settings = new DatabaseSettings();
    assertEquals("jdbc:postgresql://db.internal:5432/portal", settings.getValue("portal.db.url"));
    assertEquals("org.postgresql.ds.PGSimpleDataSource", settings.getValue("portal.db.datasource"));
  }

  @Test
  void environmentAndSystemPropertiesOutrankTheseDefaults() {
    assertTrue(new DatabaseSettings().getOrdinal() < 100);
  }
}
