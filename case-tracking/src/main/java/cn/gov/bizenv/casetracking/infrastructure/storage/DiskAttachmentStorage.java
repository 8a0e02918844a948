package cn.gov.bizenv.casetracking.infrastructure.storage;

import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps attachments as files under {@code portal.attachments.dir} ({@code PORTAL_ATTACHMENTS_DIR},
 * by default {@code attachments} in the data directory), created on first use. Files go into
 * sub-folders named after the key's first two characters so that no folder grows huge. A file is
 * written beside its final name and then moved, so a reader never sees half a file. In a cluster
 * the folder must be shared by every server.
 */
@ApplicationScoped
public class DiskAttachmentStorage implements AttachmentStorage {
  // Keys are UUIDs the portal generated; anything else could climb out of the folder.
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  @Inject
  @ConfigProperty(name = "portal.attachments.dir")
  String directory;

  @Override
  public void put(String storageKey, byte[] content) {
    Path file = fileOf(storageKey);
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), storageKey, ".part");
      Files.write(partial, content);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store attachment " + storageKey, e);
    }
  }

  @Override
  public byte[] read(String storageKey) {
    try {
      return Files.readAllBytes(fileOf(storageKey));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read attachment " + storageKey, e);
    }
  }

  Path fileOf(String storageKey) {
    if (storageKey == null || !KEY.matcher(storageKey).matches()) {
      throw new IllegalArgumentException("not a storage key: " + storageKey);
    }
    return Path.of(directory)
        .toAbsolutePath()
        .normalize()
        .resolve(storageKey.substring(0, 2))
        .resolve(storageKey);
  }
}
